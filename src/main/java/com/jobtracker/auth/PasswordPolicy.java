package com.jobtracker.auth;

import com.jobtracker.shared.web.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 8 to 128 characters, counted as Unicode code points (an emoji is one), no composition rules, and not one of the
 * 10,000 most common passwords (case-insensitive). Violations are 422 with a field error.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = new ClassPathResource("auth/common-passwords.txt").getInputStream()) {
            this.common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("common-passwords.txt is missing from the build", e);
        }
    }

    void check(String field, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new ValidationException(
                    field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters long");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new ValidationException(field, "is one of the most common passwords; choose another");
        }
    }
}

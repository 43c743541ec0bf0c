package com.jobtracker.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Key material: taken from configuration (base64) when given; otherwise, outside the {@code prod} profile, generated
 * once and kept under {@code <data-dir>/secrets} so tokens and password hashes survive a restart.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static byte[] load(
            @Nullable String configured,
            String property,
            String fileName,
            JobTrackerProperties settings,
            Environment env) {
        if (StringUtils.hasText(configured)) {
            byte[] key = Base64.getDecoder().decode(configured.trim());
            if (key.length < 32) {
                throw new IllegalStateException(property + " must be at least 32 bytes (base64-encoded)");
            }
            return key;
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(property + " is required in the prod profile");
        }
        return generatedOnce(settings.dataDir().resolve("secrets").resolve(fileName));
    }

    private static synchronized byte[] generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            trySetOwnerOnly(file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

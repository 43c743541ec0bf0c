package com.jobtracker.jobs.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Job ids are {@code <source>:<provider id>}, usable as one URL path segment. Provider ids are kept when they are
 * already URL-safe; SerpApi's base64 ids are turned into base64url; anything else is base64url-encoded, and very long
 * ids are hashed. The mapping is a pure function, so the same posting keeps its id across refreshes.
 */
public final class JobIds {

    public static final Pattern VALID = Pattern.compile("[a-z]{2,20}:[A-Za-z0-9._~-]{1,400}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,300}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+=*");

    private JobIds() {}

    public static String of(String source, String providerId) {
        String id = providerId.strip();
        if (!SAFE.matcher(id).matches()) {
            id = BASE64.matcher(id).matches() && id.length() <= 300
                    ? id.replace('+', '-').replace('/', '_').replace("=", "")
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        }
        if (id.length() > 300) {
            id = "h-" + sha256(id);
        }
        return source + ":" + id;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

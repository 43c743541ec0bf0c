package com.jobtracker.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt reads at most 72 bytes, and Spring's encoder refuses longer input, yet a 128-character password of emoji is
 * 512 bytes. So the password is first reduced with HMAC-SHA-256 under a server-side pepper and base64-encoded (44
 * bytes, no NUL), then bcrypted: every byte of the password counts, and a leaked hash table alone cannot be matched
 * against other sites' unpeppered hashes ("password shucking").
 */
final class PepperedBcrypt implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;
    private final SecretKeySpec pepper;

    PepperedBcrypt(byte[] pepper, int cost) {
        this.bcrypt = new BCryptPasswordEncoder(cost);
        this.pepper = new SecretKeySpec(pepper, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    private String prehash(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            byte[] digest = mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

package com.jobtracker.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers access tokens whose signature and fixed claims were already checked, so a client sending the same token
 * on every request pays for parsing and verifying it once (it was a tenth of the CPU of a short API request). What
 * can change while a token lives — expiry and the user's token generation — is checked on every use. Only tokens
 * that passed are remembered; the key is the whole token, signature included, so nothing unverified can hit.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> everyUse;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> everyUse, int capacity, Duration keepFor) {
        this.verifier = verifier;
        this.everyUse = everyUse;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(keepFor)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, verifier::decode);
        OAuth2TokenValidatorResult result = everyUse.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }
}

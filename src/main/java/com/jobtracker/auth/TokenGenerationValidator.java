package com.jobtracker.auth;

import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens carry the user's token generation; a password reset or account deletion moves the generation on,
 * which revokes every access token issued before it without waiting for them to expire.
 */
final class TokenGenerationValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token has been revoked", null);

    private final Users users;

    TokenGenerationValidator(Users users) {
        this.users = users;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object generation = token.getClaims().get(TokenKeys.GENERATION_CLAIM);
        UUID userId;
        try {
            userId = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        boolean current = generation instanceof Number number
                && users.tokenGeneration(userId)
                        .filter(g -> g == number.longValue())
                        .isPresent();
        return current ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
    }
}

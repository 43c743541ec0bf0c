package com.jobtracker.auth;

import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of the auth endpoints (snake_case on the wire). */
final class AuthViews {

    private AuthViews() {}

    record UserView(UUID id, String email, String fullName, boolean isPremium, Instant createdAt) {
        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.fullName(), user.isPremium(), user.createdAt());
        }
    }

    /** OAuth 2.0 field names, so generic clients understand it. */
    record TokenResponse(
            String accessToken,
            String tokenType,
            long expiresIn,
            String refreshToken,
            long refreshExpiresIn,
            UserView user) {}
}

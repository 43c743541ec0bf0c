package com.jobtracker.auth;

import com.jobtracker.shared.web.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The errors of the auth endpoints, each with a stable problem type. */
final class AuthProblems {

    private AuthProblems() {}

    static ApiException invalidCredentials() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED, "invalid-credentials", "Sign-in failed", "Email or password is incorrect.");
    }

    static ApiException emailTaken() {
        return new ApiException(
                HttpStatus.CONFLICT,
                "email-taken",
                "Email already registered",
                "An account with this email already exists. Sign in or reset your password.");
    }

    static ApiException invalidRefreshToken() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED,
                "invalid-refresh-token",
                "Session expired",
                "The refresh token is invalid, expired or already used. Sign in again.");
    }

    static ApiException invalidResetToken() {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "invalid-reset-token",
                "Reset link invalid",
                "This password reset link is invalid, expired or already used. Request a new one.");
    }

    static ApiException passwordIncorrect() {
        return new ApiException(
                HttpStatus.FORBIDDEN,
                "password-incorrect",
                "Password incorrect",
                "The password is not correct, so the account was not deleted.",
                List.of(new ApiException.FieldError("password", "is not correct")),
                Map.of());
    }

    /** Sign-in throttling fails closed: without its counts an attempt is not evaluated at all. */
    static ApiException signInUnavailable(long retryAfterSeconds) {
        return new ApiException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "sign-in-unavailable",
                "Sign-in temporarily unavailable",
                "Sign-in is briefly unavailable. Try again in " + retryAfterSeconds + " seconds.",
                List.of(),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    static ApiException tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return new ApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-sign-in-attempts",
                "Too many attempts",
                "Too many failed sign-ins. Try again in " + seconds + " seconds.",
                List.of(),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }
}

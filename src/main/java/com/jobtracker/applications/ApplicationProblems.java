package com.jobtracker.applications;

import com.jobtracker.shared.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The errors of the applications endpoints, each with a stable problem type. */
final class ApplicationProblems {

    private ApplicationProblems() {}

    /** Also the answer for another user's application: its existence is not revealed. */
    static ApiException notFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND, "application-not-found", "Application not found", "No such application.");
    }

    static ApiException versionMismatch(int currentVersion) {
        return new ApiException(
                HttpStatus.PRECONDITION_FAILED,
                "application-changed",
                "Application was changed",
                "The application was changed since you read it (it is now at version " + currentVersion
                        + "). Fetch it again and reapply your change.",
                List.of(),
                Map.of(HttpHeaders.ETAG, "\"" + currentVersion + "\""));
    }

    static ApiException idempotencyKeyReused() {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used with a different request body. Use a new key for a new"
                        + " request.");
    }

    static ApiException invalidIdempotencyKey() {
        return badRequest(
                "Idempotency-Key", "must be 1 to 255 visible ASCII characters", "The Idempotency-Key is not valid.");
    }

    static ApiException badParameter(String parameter, String message) {
        return badRequest(parameter, message, "Parameter '" + parameter + "' has an invalid value.");
    }

    private static ApiException badRequest(String field, String message, String detail) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad Request",
                detail,
                List.of(new ApiException.FieldError(field, message)),
                Map.of());
    }
}

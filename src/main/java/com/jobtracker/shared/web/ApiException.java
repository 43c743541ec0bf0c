package com.jobtracker.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An error a client can act on. Each module throws its own subclasses; {@link ApiProblems} turns them into
 * {@code application/problem+json} with a stable {@code type} URI ({@code https://jobtracker.dev/problems/<slug>}).
 */
public class ApiException extends RuntimeException {

    private static final String TYPE_BASE = "https://jobtracker.dev/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers;

    public ApiException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public ApiException(
            HttpStatus status,
            String slug,
            String title,
            String detail,
            List<FieldError> fieldErrors,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("errors", fieldErrors);
        }
        return problem;
    }

    /** One invalid field of a request, named as the client sent it (snake_case). */
    public record FieldError(String field, String message) {}
}

package com.jobtracker.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}. Spring MVC's own exceptions (404, 405, 413,
 * 415 …) come from the base class; this adds the module exceptions, field-level validation errors and a last resort
 * that logs the failure and tells the client nothing about the internals.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException exception) {
        HttpHeaders headers = new HttpHeaders();
        exception.headers().forEach(headers::add);
        return ResponseEntity.status(exception.status()).headers(headers).body(exception.toProblem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        String field = SnakeCase.of(exception.getName());
        return badRequest(
                "Parameter '" + field + "' has an invalid value.",
                List.of(new ApiException.FieldError(field, "has an invalid value")));
    }

    /**
     * The database is restarting, failing over or out of connections: a moment's condition, so 503 with Retry-After
     * tells clients (and nginx) to try again rather than report a bug. Idempotent writes are safe to retry.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        RecoverableDataAccessException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class
    })
    ResponseEntity<ProblemDetail> handleDatabaseUnavailable(NestedRuntimeException exception) {
        log.warn("Database unavailable: {}", exception.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The service is briefly unavailable. Please try again in a moment.");
        problem.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
        log.error("Unhandled exception", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
        problem.setTitle("Internal Server Error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiException.FieldError(
                        SnakeCase.of(error.getField()), String.valueOf(error.getDefaultMessage())))
                .toList();
        return widen(handleApiException(new ValidationException(errors)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<ApiException.FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new ApiException.FieldError(
                                SnakeCase.of(result.getMethodParameter().getParameterName()),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return widen(badRequest("Some parameters are not valid; see errors.", errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.causedBy(exception)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than this endpoint accepts.");
            problem.setTitle("Content Too Large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        // Jackson's message names Java types and positions; say what the client can fix instead.
        return widen(badRequest("The request body is not valid JSON of the expected shape.", List.of()));
    }

    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<ApiException.FieldError> errors) {
        return new ResponseEntity<>(
                new ApiException(
                                HttpStatus.BAD_REQUEST,
                                "bad-request",
                                "Bad Request",
                                detail,
                                errors,
                                java.util.Map.of())
                        .toProblem(),
                HttpStatus.BAD_REQUEST);
    }
}

package com.jobtracker.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request that is well-formed but breaks a rule: {@code 422} with the offending fields. */
public class ValidationException extends ApiException {

    public ValidationException(List<FieldError> errors) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                errors,
                Map.of());
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}

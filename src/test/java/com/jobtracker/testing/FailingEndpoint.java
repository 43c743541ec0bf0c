package com.jobtracker.testing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an endpoint that fails with a secret in its exception, to prove 500s leak nothing. */
@RestController
class FailingEndpoint {

    static final String SECRET = "jdbc:postgresql://db.internal:5432/secret-password";

    @GetMapping("/api/v1/test/database-down")
    String databaseDown() {
        throw new org.springframework.jdbc.CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new java.sql.SQLTransientConnectionException(SECRET));
    }

    @GetMapping("/api/v1/test/explode")
    String explode() {
        throw new IllegalStateException("Connection refused to " + SECRET);
    }
}

package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportHoldsTheUserAndTheirSessionsButNoSecrets() {
        Session session = signUp();

        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(session.accessToken()).send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.json().path("user").path("email").asString()).isEqualTo(session.email());
        assertThat(export.json().path("sessions").size()).isEqualTo(1);
        assertThat(export.body()).doesNotContain("password_hash", "token_hash", session.refreshToken());
    }

    @Test
    void deletingTheAccountErasesItsRowsAndEndsItsSessions() {
        Session session = signUp();
        UUID userId = UUID.fromString(session.userId());

        HttpApi.Response delete = api.delete("/api/v1/auth/me")
                .bearer(session.accessToken())
                .json(Map.of("password", PASSWORD))
                .send();

        assertThat(delete.status()).as(delete.toString()).isEqualTo(204);
        assertThat(rowsOwnedBy(userId)).isZero();
        assertThat(api.get("/api/v1/auth/me")
                        .bearer(session.accessToken())
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh")
                        .json(Map.of("refresh_token", session.refreshToken()))
                        .send()
                        .status())
                .isEqualTo(401);
        HttpApi.Response again = api.post("/api/v1/auth/signup")
                .json(Map.of("email", session.email(), "password", PASSWORD, "full_name", "Ada"))
                .send();
        assertThat(again.status()).as("the email is free again").isEqualTo(201);
    }

    @Test
    void deletingNeedsTheRightPasswordAndKeepsEverythingOtherwise() {
        Session session = signUp();

        HttpApi.Response wrong = api.delete("/api/v1/auth/me")
                .bearer(session.accessToken())
                .json(Map.of("password", "not my password"))
                .send();
        HttpApi.Response missing = api.delete("/api/v1/auth/me")
                .bearer(session.accessToken())
                .json(Map.of())
                .send();

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.text("type")).endsWith("/password-incorrect");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/auth/me")
                        .bearer(session.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deletingWithoutATokenIsUnauthorized() {
        assertThat(api.delete("/api/v1/auth/me")
                        .json(Map.of("password", PASSWORD))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    /** Every table with a user_id column, read from the schema so a new table cannot be forgotten. */
    private long rowsOwnedBy(UUID userId) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = 'public' and column_name = 'user_id'
                        """).query(String.class).list();
        assertThat(tables).contains("refresh_tokens", "applications", "resumes", "saved_jobs");
        long rows = jdbc.sql("select count(*) from users where id = :id")
                .param("id", userId)
                .query(Long.class)
                .single();
        for (String table : tables) {
            rows += jdbc.sql("select count(*) from " + table + " where user_id = :id")
                    .param("id", userId)
                    .query(Long.class)
                    .single();
        }
        return rows;
    }
}

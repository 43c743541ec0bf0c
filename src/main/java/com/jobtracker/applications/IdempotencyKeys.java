package com.jobtracker.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of create requests, scoped per user. {@link #claim} relies on the primary key: of concurrent
 * claims of one key, PostgreSQL lets exactly one insert through; the others block until it commits and then see
 * its row (or, if it rolled back, claim the key themselves).
 */
@Repository
class IdempotencyKeys {

    /** A key already used: what the first request looked like and, once it finished, what it answered. */
    record Stored(
            String fingerprint,
            @Nullable UUID applicationId,
            @Nullable String responseBody) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request is the first with the key and should do the work. */
    boolean claim(UUID userId, String key, String fingerprint, Instant now) {
        return jdbc.sql("""
                                insert into application_idempotency_keys (user_id, idempotency_key, fingerprint,
                                                                          created_at)
                                values (:user, :key, :fingerprint, :now)
                                on conflict do nothing
                                """)
                        .param("user", userId)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID userId, String key) {
        return jdbc.sql("""
                        select fingerprint, application_id, response_body from application_idempotency_keys
                        where user_id = :user and idempotency_key = :key
                        """)
                .param("user", userId)
                .param("key", key)
                .query((rs, row) -> new Stored(
                        rs.getString("fingerprint"),
                        rs.getObject("application_id", UUID.class),
                        rs.getString("response_body")))
                .optional();
    }

    void complete(UUID userId, String key, UUID applicationId, String responseBody) {
        jdbc.sql("""
                        update application_idempotency_keys set application_id = :application, response_body = :body
                        where user_id = :user and idempotency_key = :key
                        """)
                .param("application", applicationId)
                .param("body", responseBody)
                .param("user", userId)
                .param("key", key)
                .update();
    }

    /** Keys are remembered for a day, as the IETF draft suggests; older ones may be reused. */
    void forgetOlderThan(UUID userId, Instant cutoff) {
        jdbc.sql("delete from application_idempotency_keys where user_id = :user and created_at < :cutoff")
                .param("user", userId)
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}

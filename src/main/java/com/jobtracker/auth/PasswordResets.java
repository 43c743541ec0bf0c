package com.jobtracker.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use reset tokens, stored as hashes; a newer request deletes the older ones. */
@Repository
class PasswordResets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuthProperties auth;

    PasswordResets(JdbcClient jdbc, Clock clock, AuthProperties auth) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auth = auth;
    }

    String create(UUID userId) {
        jdbc.sql("delete from password_reset_tokens where user_id = :user and used_at is null")
                .param("user", userId)
                .update();
        String token = OpaqueTokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into password_reset_tokens (id, user_id, token_hash, created_at, expires_at)
                        values (:id, :user, :hash, :now, :expires)
                        """)
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("hash", OpaqueTokens.hash(token))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(auth.passwordResetTtl())))
                .update();
        return token;
    }

    /** The user the token belongs to, if it is unused and unexpired; it is used up by this call. */
    Optional<UUID> consume(String token) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update password_reset_tokens set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        returning user_id
                        """)
                .param("now", now)
                .param("hash", OpaqueTokens.hash(token))
                .query(UUID.class)
                .optional();
    }
}

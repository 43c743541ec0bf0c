package com.jobtracker.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens form families: sign-in starts one, each refresh replaces the presented token by a new one in the
 * same family with the family's absolute expiry (no sliding past 7 days). A token presented a second time means it
 * was copied, so the whole family is revoked (ASVS 5.0 10.4.5).
 */
@Repository
class RefreshTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuthProperties auth;

    RefreshTokens(JdbcClient jdbc, Clock clock, AuthProperties auth) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auth = auth;
    }

    record Issued(String token, Instant expiresAt) {}

    record Rotation(UUID userId, UUID familyId, Instant familyExpiresAt) {}

    Issued startFamily(UUID userId) {
        return issue(userId, UUID.randomUUID(), clock.instant().plus(auth.refreshTokenTtl()));
    }

    Issued issue(UUID userId, UUID familyId, Instant expiresAt) {
        String token = OpaqueTokens.generate();
        jdbc.sql("""
                        insert into refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at)
                        values (:id, :user, :family, :hash, :now, :expires)
                        """)
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("family", familyId)
                .param("hash", OpaqueTokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    /**
     * Marks the token used if it is live; a token presented again revokes its family. Everything that touches a
     * family first takes the family's advisory lock, so concurrent uses of one token run one after the other: the
     * first wins, the rest find it used. (Without the lock they deadlock: PostgreSQL keeps the row lock an UPDATE
     * took while re-checking a concurrently changed row, even when the row then no longer matches.)
     */
    Optional<Rotation> consume(String token) {
        byte[] hash = OpaqueTokens.hash(token);
        Optional<UUID> family = familyOf(hash);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        lock(family.get());
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Rotation> live = jdbc.sql("""
                        update refresh_tokens set used_at = :now
                        where token_hash = :hash and used_at is null and revoked_at is null and expires_at > :now
                        returning user_id, family_id, expires_at
                        """)
                .param("now", now)
                .param("hash", hash)
                .query((rs, row) -> new Rotation(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
        boolean replayed = live.isEmpty()
                && jdbc.sql("select count(*) from refresh_tokens where token_hash = :hash and used_at is not null")
                                .param("hash", hash)
                                .query(Long.class)
                                .single()
                        > 0;
        if (replayed) {
            revoke(family.get());
        }
        return live;
    }

    void revokeFamilyOf(String token) {
        familyOf(OpaqueTokens.hash(token)).ifPresent(family -> {
            lock(family);
            revoke(family);
        });
    }

    private Optional<UUID> familyOf(byte[] hash) {
        return jdbc.sql("select family_id from refresh_tokens where token_hash = :hash")
                .param("hash", hash)
                .query(UUID.class)
                .optional();
    }

    private void lock(UUID familyId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:family, 0))")
                .param("family", familyId.toString())
                .query((rs, row) -> row)
                .list();
    }

    private void revoke(UUID familyId) {
        jdbc.sql("update refresh_tokens set revoked_at = :now where family_id = :family and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("family", familyId)
                .update();
    }

    void revokeAll(UUID userId) {
        jdbc.sql("update refresh_tokens set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", userId)
                .update();
    }

    /** Session metadata for the data export; never the hashes. */
    List<Map<String, Object>> sessionsOf(UUID userId) {
        return jdbc.sql("""
                        select family_id, issued_at, expires_at, used_at, revoked_at
                        from refresh_tokens where user_id = :user order by issued_at
                        """).param("user", userId).query().listOfRows();
    }
}

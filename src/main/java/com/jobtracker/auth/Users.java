package com.jobtracker.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Users {

    private static final RowMapper<User> USER = (rs, row) -> new User(
            rs.getObject("id", UUID.class),
            rs.getString("email"),
            rs.getString("password_hash"),
            rs.getString("full_name"),
            rs.getBoolean("is_premium"),
            rs.getLong("token_generation"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the user unless the email is taken (case-insensitively); empty when it is. */
    Optional<User> insert(User user) {
        int inserted = jdbc.sql("""
                        insert into users (id, email, password_hash, full_name, is_premium, token_generation,
                                           created_at, updated_at)
                        values (:id, :email, :hash, :name, false, 0, :now, :now)
                        on conflict do nothing
                        """)
                .param("id", user.id())
                .param("email", user.email())
                .param("hash", user.passwordHash())
                .param("name", user.fullName())
                .param("now", Timestamp.from(user.createdAt()))
                .update();
        return inserted == 1 ? Optional.of(user) : Optional.empty();
    }

    Optional<User> findByEmail(String email) {
        return jdbc.sql("select * from users where lower(email) = lower(:email)")
                .param("email", email)
                .query(USER)
                .optional();
    }

    Optional<User> findById(UUID id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id)
                .query(USER)
                .optional();
    }

    Optional<Long> tokenGeneration(UUID id) {
        return jdbc.sql("select token_generation from users where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** Sets a new password hash and moves the token generation on, which revokes every access token issued so far. */
    void changePassword(UUID id, String passwordHash, Instant now) {
        jdbc.sql("""
                        update users set password_hash = :hash, token_generation = token_generation + 1,
                                         updated_at = :now
                        where id = :id
                        """)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from users where id = :id").param("id", id).update();
    }
}

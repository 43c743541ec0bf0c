package com.jobtracker.resumes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code resumes} table. Every query is scoped by the owner. */
@Repository
class ResumeRows {

    record Row(
            UUID id,
            UUID userId,
            String fileName,
            String contentType,
            long sizeBytes,
            String storageKey,
            ResumeProfile profile,
            String text,
            Instant uploadedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResumeRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises uploads of one person, so two concurrent replacements cannot both keep their file. */
    void lockOwner(UUID userId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:user, 5))")
                .param("user", userId.toString())
                .query()
                .singleValue();
    }

    void insert(Row row) {
        jdbc.sql("""
                        insert into resumes (id, user_id, file_name, content_type, size_bytes, storage_key, parsed,
                                             text_content, uploaded_at)
                        values (:id, :user, :name, :type, :size, :key, cast(:parsed as jsonb), :text, :uploaded)
                        """)
                .param("id", row.id())
                .param("user", row.userId())
                .param("name", row.fileName())
                .param("type", row.contentType())
                .param("size", row.sizeBytes())
                .param("key", row.storageKey())
                .param("parsed", json.writeValueAsString(row.profile()))
                .param("text", row.text())
                .param("uploaded", Timestamp.from(row.uploadedAt()))
                .update();
    }

    Optional<Row> latest(UUID userId) {
        return all(userId).stream().findFirst();
    }

    List<Row> all(UUID userId) {
        return jdbc.sql("""
                        select id, user_id, file_name, content_type, size_bytes, storage_key, parsed::text as parsed,
                               text_content, uploaded_at
                        from resumes where user_id = :user order by uploaded_at desc, id
                        """)
                .param("user", userId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("storage_key"),
                        json.readValue(rs.getString("parsed"), ResumeProfile.class),
                        rs.getString("text_content"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Deletes every resume of the person and returns their storage keys, so the files can go too. */
    List<String> deleteAll(UUID userId) {
        return jdbc.sql("delete from resumes where user_id = :user returning storage_key")
                .param("user", userId)
                .query(String.class)
                .list();
    }
}

package com.jobtracker.jobs.saved;

import com.jobtracker.jobs.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** {@code saved_jobs}: one row per user and job id, the job snapshot as JSONB in the API's own JSON shape. */
@Repository
public class SavedJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SavedJobs(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The saved job and whether this call created it (saving twice keeps the first snapshot). */
    public record Saved(SavedJob job, boolean created) {}

    @Transactional
    public Saved save(UUID userId, Job job) {
        int inserted = jdbc.sql("""
                        insert into saved_jobs (id, user_id, job_id, job_data, saved_at)
                        values (:id, :user, :job, cast(:data as jsonb), :at)
                        on conflict (user_id, job_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("job", job.id())
                .param("data", json.writeValueAsString(job))
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return new Saved(find(userId, job.id()).orElseThrow(), inserted == 1);
    }

    public Optional<SavedJob> find(UUID userId, String jobId) {
        return jdbc.sql("select id, job_id, job_data, saved_at from saved_jobs where user_id = :user and job_id = :job")
                .param("user", userId)
                .param("job", jobId)
                .query(this::row)
                .optional();
    }

    public boolean delete(UUID userId, String jobId) {
        return jdbc.sql("delete from saved_jobs where user_id = :user and job_id = :job")
                        .param("user", userId)
                        .param("job", jobId)
                        .update()
                > 0;
    }

    public List<SavedJob> page(UUID userId, int page, int limit) {
        return jdbc.sql("""
                        select id, job_id, job_data, saved_at from saved_jobs where user_id = :user
                        order by saved_at desc, id limit :limit offset :offset""")
                .param("user", userId)
                .param("limit", limit)
                .param("offset", (long) page * limit)
                .query(this::row)
                .list();
    }

    public long count(UUID userId) {
        return jdbc.sql("select count(*) from saved_jobs where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    public List<SavedJob> all(UUID userId) {
        return jdbc.sql("select id, job_id, job_data, saved_at from saved_jobs where user_id = :user order by saved_at")
                .param("user", userId)
                .query(this::row)
                .list();
    }

    private SavedJob row(ResultSet rs, int rowNum) throws SQLException {
        Instant savedAt = rs.getObject("saved_at", OffsetDateTime.class).toInstant();
        return new SavedJob(
                rs.getObject("id", UUID.class),
                rs.getString("job_id"),
                json.readValue(rs.getString("job_data"), Job.class),
                savedAt);
    }
}

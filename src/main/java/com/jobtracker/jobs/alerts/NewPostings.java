package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code saved_search_new}: the postings runs found that no earlier run had seen, kept with their data as found until
 * the person marks them seen. Callers check ownership of the search first.
 */
@Repository
class NewPostings {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NewPostings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest first; postings found by the same run by job id, so pages are stable. */
    List<NewPosting> page(UUID searchId, int page, int limit) {
        return jdbc.sql("""
                        select job_id, found_at, job_data from saved_search_new where search_id = :search
                        order by found_at desc, job_id limit :limit offset :offset""")
                .param("search", searchId)
                .param("limit", limit)
                .param("offset", (long) page * limit)
                .query(this::row)
                .list();
    }

    long count(UUID searchId) {
        return jdbc.sql("select count(*) from saved_search_new where search_id = :search")
                .param("search", searchId)
                .query(Long.class)
                .single();
    }

    /** Clears what was found up to {@code upTo}, so postings a run added after the person looked stay new. */
    int markSeen(UUID searchId, Instant upTo) {
        return jdbc.sql("delete from saved_search_new where search_id = :search and found_at <= :upTo")
                .param("search", searchId)
                .param("upTo", SavedSearches.utc(upTo))
                .update();
    }

    List<NewPosting> pendingMail(UUID searchId) {
        return jdbc.sql("""
                        select job_id, found_at, job_data from saved_search_new
                        where search_id = :search and mail_pending
                        order by found_at desc, job_id""").param("search", searchId).query(this::row).list();
    }

    void mailed(UUID searchId, List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return;
        }
        jdbc.sql("update saved_search_new set mail_pending = false where search_id = :search and job_id in (:ids)")
                .param("search", searchId)
                .param("ids", jobIds)
                .update();
    }

    /** Email alerts were turned off before these went out: they are not sent later by surprise. */
    void dropPendingMail(UUID searchId) {
        jdbc.sql("update saved_search_new set mail_pending = false where search_id = :search and mail_pending")
                .param("search", searchId)
                .update();
    }

    private NewPosting row(ResultSet rs, int rowNum) throws SQLException {
        return new NewPosting(
                rs.getString("job_id"),
                Objects.requireNonNull(SavedSearches.instant(rs, "found_at")),
                json.readValue(rs.getString("job_data"), Job.class));
    }
}

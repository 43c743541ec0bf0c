package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.Job;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what one run of a saved search found, in one transaction holding the search's row lock, so that two runs
 * of the same search (a retry, a duplicate enqueue, two instances) never both count a posting as new. A run records
 * nothing if the criteria changed while it searched, or if its data is not newer than what was already recorded.
 */
@Component
class RunRecorder {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final AlertsProperties properties;

    RunRecorder(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            JsonMapper json,
            AlertsProperties properties) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
    }

    /** {@code recorded} false: another run got there first or the criteria changed. */
    record Outcome(boolean recorded, boolean baseline, int newPostings) {
        static final Outcome SKIPPED = new Outcome(false, false, 0);
    }

    private record Locked(
            int revision,
            boolean emailAlerts,
            @Nullable Instant lastRunAt,
            @Nullable Instant lastFetchedAt) {}

    Outcome record(UUID searchId, int revision, List<Job> jobs, Instant fetchedAt, Instant now) {
        Instant fetched = fetchedAt.truncatedTo(ChronoUnit.MICROS);
        Outcome outcome = transactions.execute(status -> {
            Optional<Locked> locked = jdbc.sql("""
                            select revision, email_alerts, last_run_at, last_fetched_at from saved_searches
                            where id = :id for update""")
                    .param("id", searchId)
                    .query((rs, n) -> new Locked(
                            rs.getInt("revision"),
                            rs.getBoolean("email_alerts"),
                            SavedSearches.instant(rs, "last_run_at"),
                            SavedSearches.instant(rs, "last_fetched_at")))
                    .optional();
            if (locked.isEmpty() || locked.get().revision() != revision) {
                return Outcome.SKIPPED;
            }
            Locked state = locked.get();
            if (state.lastFetchedAt() != null && !fetched.isAfter(state.lastFetchedAt())) {
                return Outcome.SKIPPED;
            }
            Map<String, Job> byId = new LinkedHashMap<>();
            jobs.forEach(job -> byId.putIfAbsent(job.id(), job));
            List<String> ids = List.copyOf(byId.keySet());
            Set<String> known = touchKnown(searchId, ids, now);
            List<Job> unseen = byId.values().stream()
                    .filter(job -> !known.contains(job.id()))
                    .toList();
            insert(
                    """
                    insert into saved_search_seen (search_id, job_id, first_seen_at, last_seen_at)
                    values (?, ?, ?, ?)""",
                    unseen.stream()
                            .map(job ->
                                    new Object[] {searchId, job.id(), SavedSearches.utc(now), SavedSearches.utc(now)})
                            .toList());
            boolean baseline = state.lastRunAt() == null;
            if (!baseline) {
                insert(
                        """
                        insert into saved_search_new (search_id, job_id, job_data, found_at, mail_pending)
                        values (?, ?, cast(? as jsonb), ?, ?) on conflict do nothing""",
                        unseen.stream()
                                .map(job -> new Object[] {
                                    searchId,
                                    job.id(),
                                    json.writeValueAsString(job),
                                    SavedSearches.utc(now),
                                    state.emailAlerts()
                                })
                                .toList());
                trimNew(searchId);
            }
            jdbc.sql("update saved_searches set last_run_at = :now, last_fetched_at = :fetched where id = :id")
                    .param("id", searchId)
                    .param("now", SavedSearches.utc(now))
                    .param("fetched", SavedSearches.utc(fetched))
                    .update();
            jdbc.sql("delete from saved_search_seen where search_id = :id and last_seen_at < :before")
                    .param("id", searchId)
                    .param("before", SavedSearches.utc(now.minus(properties.forgetAfter())))
                    .update();
            return new Outcome(true, baseline, baseline ? 0 : unseen.size());
        });
        return outcome == null ? Outcome.SKIPPED : outcome;
    }

    private void insert(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    /** Marks the ids already known as seen again and answers which they are. */
    private Set<String> touchKnown(UUID searchId, List<String> ids, Instant now) {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            known.addAll(jdbc.sql("""
                            update saved_search_seen set last_seen_at = :now
                            where search_id = :id and job_id in (:ids) returning job_id""")
                    .param("id", searchId)
                    .param("ids", chunk)
                    .param("now", SavedSearches.utc(now))
                    .query(String.class)
                    .list());
        }
        return known;
    }

    /** Keeps the newest postings only, so a search nobody reads does not grow without end. */
    private void trimNew(UUID searchId) {
        jdbc.sql("""
                        delete from saved_search_new where search_id = :id and job_id in (
                            select job_id from saved_search_new where search_id = :id
                            order by found_at desc, job_id offset :keep)""")
                .param("id", searchId)
                .param("keep", properties.maxNewPerSearch())
                .update();
    }
}

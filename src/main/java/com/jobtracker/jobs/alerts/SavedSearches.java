package com.jobtracker.jobs.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code saved_searches}: every query is scoped by the owner, so another person's id reads as absent. */
@Repository
class SavedSearches {

    private static final String VIEW = """
            select s.id, s.name, s.query, s.location, s.remote, s.employment_type, s.posted_within_days,
                   s.email_alerts, s.created_at, s.updated_at, s.last_run_at,
                   (select count(*) from saved_search_new n where n.search_id = s.id) as new_count
            from saved_searches s""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxPerUser;

    SavedSearches(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AlertsProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.maxPerUser = properties.maxSearchesPerUser();
    }

    /** What a run needs: the criteria it searches with and where the previous run left off. */
    record RunState(
            UUID id,
            UUID userId,
            SearchCriteria criteria,
            int revision,
            @Nullable Instant lastRunAt,
            @Nullable Instant lastFetchedAt) {}

    SavedSearchView create(UUID userId, SavedSearchRequest.Valid search) {
        UUID id = UUID.randomUUID();
        Instant now = now();
        transactions.executeWithoutResult(status -> {
            // Serialises one person's creates, so that two at once cannot both pass the limit.
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", userId.getMostSignificantBits() ^ userId.getLeastSignificantBits())
                    .query()
                    .singleRow();
            if (count(userId) >= maxPerUser) {
                throw AlertProblems.tooMany(maxPerUser);
            }
            SearchCriteria criteria = search.criteria();
            jdbc.sql("""
                            insert into saved_searches (id, user_id, name, query, location, remote, employment_type,
                                posted_within_days, email_alerts, created_at, updated_at)
                            values (:id, :user, :name, :query, :location, :remote, :type, :days, :email, :now, :now)""")
                    .param("id", id)
                    .param("user", userId)
                    .param("name", search.name())
                    .param("query", criteria.query())
                    .param("location", criteria.location())
                    .param("remote", criteria.remote())
                    .param("type", criteria.employmentType())
                    .param("days", criteria.postedWithinDays())
                    .param("email", search.emailAlerts())
                    .param("now", utc(now))
                    .update();
        });
        return find(userId, id).orElseThrow();
    }

    /**
     * Replaces a search. When the criteria change, what earlier runs saw belongs to another search: seen and new
     * postings are dropped and the next run records a new baseline. Answers whether that happened, or empty if the
     * person has no such search.
     */
    Optional<Boolean> replace(UUID userId, UUID id, SavedSearchRequest.Valid search) {
        return transactions.execute(status -> {
            Optional<SearchCriteria> current = jdbc.sql("""
                            select query, location, remote, employment_type, posted_within_days from saved_searches
                            where id = :id and user_id = :user for update""")
                    .param("id", id)
                    .param("user", userId)
                    .query((rs, n) -> criteria(rs))
                    .optional();
            if (current.isEmpty()) {
                return Optional.<Boolean>empty();
            }
            SearchCriteria criteria = search.criteria();
            boolean changed = !Objects.equals(current.get(), criteria);
            jdbc.sql("""
                            update saved_searches set name = :name, query = :query, location = :location,
                                remote = :remote, employment_type = :type, posted_within_days = :days,
                                email_alerts = :email, updated_at = :now,
                                revision = revision + (case when :changed then 1 else 0 end),
                                last_run_at = case when :changed then null else last_run_at end,
                                last_fetched_at = case when :changed then null else last_fetched_at end
                            where id = :id""")
                    .param("id", id)
                    .param("name", search.name())
                    .param("query", criteria.query())
                    .param("location", criteria.location())
                    .param("remote", criteria.remote())
                    .param("type", criteria.employmentType())
                    .param("days", criteria.postedWithinDays())
                    .param("email", search.emailAlerts())
                    .param("now", utc(now()))
                    .param("changed", changed)
                    .update();
            if (changed) {
                jdbc.sql("delete from saved_search_seen where search_id = :id")
                        .param("id", id)
                        .update();
                jdbc.sql("delete from saved_search_new where search_id = :id")
                        .param("id", id)
                        .update();
            }
            return Optional.of(changed);
        });
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from saved_searches where id = :id and user_id = :user")
                        .param("id", id)
                        .param("user", userId)
                        .update()
                > 0;
    }

    Optional<SavedSearchView> find(UUID userId, UUID id) {
        return jdbc.sql(VIEW + " where s.id = :id and s.user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(SavedSearches::view)
                .optional();
    }

    boolean exists(UUID userId, UUID id) {
        return jdbc.sql("select count(*) from saved_searches where id = :id and user_id = :user")
                        .param("id", id)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<SavedSearchView> page(UUID userId, int page, int limit) {
        return jdbc.sql(VIEW + " where s.user_id = :user order by s.created_at desc, s.id limit :limit offset :offset")
                .param("user", userId)
                .param("limit", limit)
                .param("offset", (long) page * limit)
                .query(SavedSearches::view)
                .list();
    }

    List<SavedSearchView> all(UUID userId) {
        return jdbc.sql(VIEW + " where s.user_id = :user order by s.created_at, s.id")
                .param("user", userId)
                .query(SavedSearches::view)
                .list();
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from saved_searches where user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    /** Searches that have not run since {@code cutoff} (or never), least recently run first. */
    List<UUID> due(Instant cutoff) {
        return jdbc.sql("""
                        select id from saved_searches where last_run_at is null or last_run_at < :cutoff
                        order by last_run_at nulls first""").param("cutoff", utc(cutoff)).query(UUID.class).list();
    }

    Optional<RunState> runState(UUID id) {
        return jdbc.sql("""
                        select id, user_id, query, location, remote, employment_type, posted_within_days, revision,
                            last_run_at, last_fetched_at
                        from saved_searches where id = :id""")
                .param("id", id)
                .query((rs, n) -> new RunState(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        criteria(rs),
                        rs.getInt("revision"),
                        instant(rs, "last_run_at"),
                        instant(rs, "last_fetched_at")))
                .optional();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; comparing a stored time with an unrounded one would be off by the rest.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SearchCriteria criteria(ResultSet rs) throws SQLException {
        return new SearchCriteria(
                rs.getString("query"),
                rs.getString("location"),
                rs.getObject("remote", Boolean.class),
                rs.getString("employment_type"),
                rs.getObject("posted_within_days", Integer.class));
    }

    private static SavedSearchView view(ResultSet rs, int rowNum) throws SQLException {
        return new SavedSearchView(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("query"),
                rs.getString("location"),
                rs.getObject("remote", Boolean.class),
                rs.getString("employment_type"),
                rs.getObject("posted_within_days", Integer.class),
                rs.getBoolean("email_alerts"),
                Objects.requireNonNull(instant(rs, "created_at")),
                Objects.requireNonNull(instant(rs, "updated_at")),
                instant(rs, "last_run_at"),
                rs.getLong("new_count"));
    }
}

package com.jobtracker.applications;

import com.jobtracker.applications.ApplicationView.StatusChange;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applications and their status history. Every query names the owner, so no path leads to another's rows. Reads
 * fetch an application together with its history (a lateral aggregate) in one statement: under load, each extra
 * round trip to the database costs more than the work it does.
 */
@Repository
class ApplicationStore {

    private static final String COLUMNS = """
            id, company_name, role_title, status, applied_date, source, job_url, location, notes, job_id,
            next_action_date, created_at, updated_at, version""";

    /**
     * Wraps a select of COLUMNS (as {@code a}) and adds its history as two parallel arrays, oldest first. The times
     * come as microseconds since the epoch (timestamptz's own precision): the driver parses an array of timestamps
     * from text, which allocated more than the rest of the row.
     */
    private static final String WITH_HISTORY = """
            select a.*, h.statuses, h.changed_ats, %s as known_total
            from (%s) a
            left join lateral (
                select array_agg(status order by changed_at, id) as statuses,
                       array_agg((extract(epoch from changed_at) * 1000000)::bigint order by changed_at, id)
                           as changed_ats
                from application_status_history where application_id = a.id
            ) h on true
            """;

    private static final RowMapper<ApplicationView> APPLICATION = (rs, row) -> new ApplicationView(
            rs.getObject("id", UUID.class),
            rs.getString("company_name"),
            rs.getString("role_title"),
            rs.getString("status"),
            rs.getObject("applied_date", LocalDate.class),
            rs.getString("source"),
            rs.getString("job_url"),
            rs.getString("location"),
            rs.getString("notes"),
            rs.getString("job_id"),
            rs.getObject("next_action_date", LocalDate.class),
            instant(rs, "created_at"),
            instant(rs, "updated_at"),
            rs.getInt("version"),
            List.of());

    private static final RowMapper<ApplicationView> APPLICATION_WITH_HISTORY =
            (rs, row) -> APPLICATION.mapRow(rs, row).withHistory(history(rs));

    private static final String INSERT = """
            insert into applications (id, user_id, company_name, role_title, status, applied_date, source, job_url,
                                      location, notes, job_id, next_action_date, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """;

    private static final String INSERT_HISTORY =
            "insert into application_status_history (application_id, status, changed_at) values (?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ApplicationStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts applications with their first history entry, in batches (one round trip per 500 rows). */
    void insertAll(UUID userId, List<Map.Entry<UUID, ApplicationFields>> applications, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate(INSERT, applications, 500, (ps, entry) -> {
            ApplicationFields f = entry.getValue();
            ps.setObject(1, entry.getKey());
            ps.setObject(2, userId);
            ps.setString(3, f.companyName());
            ps.setString(4, f.roleTitle());
            ps.setString(5, f.status().wire());
            ps.setObject(6, f.appliedDate());
            ps.setString(7, f.source().wire());
            ps.setString(8, f.jobUrl());
            ps.setString(9, f.location());
            ps.setString(10, f.notes());
            ps.setString(11, f.jobId());
            ps.setObject(12, f.nextActionDate());
            ps.setTimestamp(13, at);
            ps.setTimestamp(14, at);
        });
        batch.batchUpdate(INSERT_HISTORY, applications, 500, (ps, entry) -> {
            ps.setObject(1, entry.getKey());
            ps.setString(2, entry.getValue().status().wire());
            ps.setTimestamp(3, at);
        });
    }

    void insert(UUID id, UUID userId, ApplicationFields fields, Instant now) {
        insertAll(userId, List.of(Map.entry(id, fields)), now);
    }

    Optional<ApplicationView> find(UUID userId, UUID id) {
        return jdbc.sql(withHistory("select " + COLUMNS + " from applications where id = :id and user_id = :user"))
                .param("id", id)
                .param("user", userId)
                .query(APPLICATION_WITH_HISTORY)
                .optional();
    }

    /** Locks the row until the transaction ends, so two updates cannot both pass the same version check. */
    Optional<ApplicationView> findForUpdate(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from applications where id = :id and user_id = :user for update")
                .param("id", id)
                .param("user", userId)
                .query(APPLICATION)
                .optional();
    }

    void update(UUID id, ApplicationFields f, int version, Instant now) {
        jdbc.sql("""
                        update applications set company_name = :company, role_title = :role, status = :status,
                               applied_date = :applied, source = :source, job_url = :url, location = :location,
                               notes = :notes, job_id = :jobId, next_action_date = :nextAction,
                               version = :version, updated_at = :now
                        where id = :id
                        """)
                .param("company", f.companyName())
                .param("role", f.roleTitle())
                .param("status", f.status().wire())
                .param("applied", Date.valueOf(f.appliedDate()))
                .param("source", f.source().wire())
                .param("url", f.jobUrl())
                .param("location", f.location())
                .param("notes", f.notes())
                .param("jobId", f.jobId())
                .param("nextAction", f.nextActionDate() == null ? null : Date.valueOf(f.nextActionDate()))
                .param("version", version)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void appendHistory(UUID id, ApplicationStatus status, Instant now) {
        batch.update(INSERT_HISTORY, id, status.wire(), Timestamp.from(now));
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from applications where id = :id and user_id = :user")
                        .param("id", id)
                        .param("user", userId)
                        .update()
                > 0;
    }

    /** A page of a list and, when the counter can answer it, the total of the unfiltered list. */
    record Page(List<ApplicationView> items, @Nullable Long total) {}

    /**
     * One page in one statement. The filter's SQL is built from fixed fragments and bound parameters only; limit and
     * offset are written in as numbers. Bound, they would make PostgreSQL plan the statement afresh on every
     * execution (a generic plan cannot tell a limit of 20 from 10 % of the table, so it always looks worse), which
     * cost a third of the database time of a page. For the unfiltered list the total rides along from the counter
     * table (V11); otherwise {@link #count} gives it.
     */
    Page page(ListQuery query) {
        String page = "select " + COLUMNS + " from applications where " + query.where() + " order by " + query.orderBy()
                + " limit " + query.limit() + " offset " + (long) query.page() * query.limit();
        String total =
                query.unfiltered() ? "(select total from application_counts where user_id = :user)" : "null::bigint";
        var statement = jdbc.sql(withHistory(page, total) + " order by " + query.orderBy());
        query.params().forEach(statement::param);
        Long[] knownTotal = {null};
        List<ApplicationView> items = statement
                .query((rs, row) -> {
                    knownTotal[0] = rs.getObject("known_total", Long.class);
                    return APPLICATION_WITH_HISTORY.mapRow(rs, row);
                })
                .list();
        return new Page(items, query.unfiltered() && !items.isEmpty() ? knownTotal[0] : null);
    }

    long count(ListQuery query) {
        if (query.unfiltered()) {
            // Kept by triggers (V11): the default list must not count all of a user's rows on every page.
            return jdbc.sql("select total from application_counts where user_id = :user")
                    .param("user", query.userId())
                    .query(Long.class)
                    .optional()
                    .orElse(0L);
        }
        var statement = jdbc.sql("select count(*) from applications where " + query.where());
        query.params().forEach(statement::param);
        return statement.query(Long.class).single();
    }

    /** Every application of the user, newest application first, streamed row by row (export can be large). */
    void forEach(UUID userId, Consumer<ApplicationView> consumer) {
        jdbc.sql("select " + COLUMNS + " from applications where user_id = :user order by applied_date desc, id")
                .param("user", userId)
                .query((ResultSet rs) -> {
                    consumer.accept(APPLICATION.mapRow(rs, 0));
                });
    }

    List<ApplicationView> allWithHistory(UUID userId) {
        return jdbc.sql(withHistory("select " + COLUMNS + " from applications where user_id = :user")
                        + " order by applied_date, id")
                .param("user", userId)
                .query(APPLICATION_WITH_HISTORY)
                .list();
    }

    /**
     * Active applications whose follow-up date is on or before {@code today}, and applications still at
     * {@code applied} with an applied date on or before {@code waitingSince}; soonest due first.
     */
    List<ApplicationView> needingAttention(UUID userId, LocalDate today, LocalDate waitingSince) {
        return jdbc.sql(withHistory("""
                                select %s from applications
                                where user_id = :user
                                  and ((next_action_date <= :today
                                        and status not in ('accepted', 'rejected', 'withdrawn', 'ghosted'))
                                    or (status = 'applied' and applied_date <= :waiting))
                                """.formatted(COLUMNS)) + " order by coalesce(next_action_date, applied_date), id")
                .param("user", userId)
                .param("today", today)
                .param("waiting", waitingSince)
                .query(APPLICATION_WITH_HISTORY)
                .list();
    }

    private static String withHistory(String select) {
        return withHistory(select, "null::bigint");
    }

    private static String withHistory(String select, String total) {
        return WITH_HISTORY.formatted(total, select);
    }

    private static List<StatusChange> history(ResultSet rs) throws SQLException {
        Array statuses = rs.getArray("statuses");
        Array changedAts = rs.getArray("changed_ats");
        if (statuses == null || changedAts == null) {
            return List.of();
        }
        String[] status = (String[]) statuses.getArray();
        Long[] changedAt = (Long[]) changedAts.getArray();
        List<StatusChange> history = new ArrayList<>(status.length);
        for (int i = 0; i < status.length; i++) {
            history.add(new StatusChange(status[i], Instant.EPOCH.plus(changedAt[i], ChronoUnit.MICROS)));
        }
        return history;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}

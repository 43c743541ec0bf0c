package com.jobtracker.applications;

import com.jobtracker.applications.ApplicationView.StatusChange;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications and their status history. Every query names the owner, so no path leads to another's rows. */
@Repository
class ApplicationStore {

    private static final String COLUMNS = """
            id, company_name, role_title, status, applied_date, source, job_url, location, notes, job_id,
            next_action_date, created_at, updated_at, version""";

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
        return jdbc.sql("select " + COLUMNS + " from applications where id = :id and user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(APPLICATION)
                .optional()
                .map(application ->
                        application.withHistory(historyOf(List.of(id)).getOrDefault(id, List.of())));
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

    /** One page of a list; the filter's SQL is built from fixed fragments and bound parameters only. */
    List<ApplicationView> page(ListQuery query) {
        var statement = jdbc.sql("select " + COLUMNS + " from applications where " + query.where() + " order by "
                + query.orderBy() + " limit :limit offset :offset");
        query.params().forEach(statement::param);
        List<ApplicationView> rows = statement
                .param("limit", query.limit())
                .param("offset", (long) query.page() * query.limit())
                .query(APPLICATION)
                .list();
        return withHistories(rows);
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
        List<ApplicationView> all = jdbc.sql(
                        "select " + COLUMNS + " from applications where user_id = :user order by applied_date, id")
                .param("user", userId)
                .query(APPLICATION)
                .list();
        return withHistories(all);
    }

    private List<ApplicationView> withHistories(List<ApplicationView> applications) {
        if (applications.isEmpty()) {
            return applications;
        }
        Map<UUID, List<StatusChange>> history =
                historyOf(applications.stream().map(ApplicationView::id).toList());
        return applications.stream()
                .map(a -> a.withHistory(history.getOrDefault(a.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<StatusChange>> historyOf(Collection<UUID> ids) {
        Map<UUID, List<StatusChange>> history = new HashMap<>();
        jdbc.sql("""
                        select application_id, status, changed_at from application_status_history
                        where application_id in (:ids) order by changed_at, id
                        """).param("ids", ids).query((ResultSet rs) -> {
            history.computeIfAbsent(rs.getObject("application_id", UUID.class), id -> new ArrayList<>())
                    .add(new StatusChange(rs.getString("status"), instant(rs, "changed_at")));
        });
        return history;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}

package com.jobtracker.analytics;

import com.jobtracker.analytics.AnalyticsViews.Source;
import com.jobtracker.analytics.AnalyticsViews.Stage;
import com.jobtracker.analytics.AnalyticsViews.Summary;
import com.jobtracker.analytics.AnalyticsViews.Week;
import com.jobtracker.applications.ApplicationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The analytics SQL. Everything starts from {@link #PER_APPLICATION}: one row per application of the user with what
 * its history says about it (ever responded, ever interviewed, ever offered, when each first happened, the furthest
 * funnel stage). An application's current status counts as reached too, so a history that predates this module
 * cannot hide it.
 */
@Repository
class AnalyticsQueries {

    private static final String PER_APPLICATION = """
            with per_app as (
                select a.id, a.source, a.applied_date, a.status,
                       coalesce(bool_or(h.status in (:responses)), false) or a.status in (:responses) as responded,
                       coalesce(bool_or(h.status in (:interviews)), false) or a.status in (:interviews) as interviewed,
                       coalesce(bool_or(h.status in (:offers)), false) or a.status in (:offers) as offered,
                       min(h.changed_at) filter (where h.status in (:responses)) as first_response_at,
                       min(h.changed_at) filter (where h.status in (:interviews)) as first_interview_at,
                       min(h.changed_at) filter (where h.status in (:offers)) as first_offer_at,
                       greatest(coalesce(max(%1$s), 0), %2$s) as stage
                from applications a
                left join application_status_history h on h.application_id = a.id
                where a.user_id = :user
                group by a.id
            )
            """.formatted(stageOf("h.status"), stageOf("a.status"));

    private final JdbcClient jdbc;

    AnalyticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** greatest() ignores nulls in PostgreSQL, hence the filter: no dated response must not count as 0 days. */
    Summary summary(UUID userId, LocalDate weekStart) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        ApplicationStatus.wireValues().forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("select status, count(*) as n from applications where user_id = :user group by status")
                .param("user", userId)
                .query((ResultSet rs) -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        return statement(PER_APPLICATION + """
                        select count(*) as total,
                               count(*) filter (where status in (:active)) as active,
                               count(*) filter (where responded) as responded,
                               count(*) filter (where interviewed) as interviewed,
                               count(*) filter (where offered) as offered,
                               avg(greatest(0, (first_response_at at time zone 'UTC')::date - applied_date))
                                   filter (where first_response_at is not null) as avg_days,
                               count(*) filter (where applied_date between :week_start and :week_end) as this_week
                        from per_app
                        """, userId)
                .param("active", wire(ApplicationStatus::isActive))
                .param("week_start", Date.valueOf(weekStart))
                .param("week_end", Date.valueOf(weekStart.plusDays(6)))
                .query((rs, row) -> {
                    long total = rs.getLong("total");
                    BigDecimal avgDays = rs.getBigDecimal("avg_days");
                    return new Summary(
                            total,
                            rs.getLong("active"),
                            byStatus,
                            AnalyticsViews.rate(rs.getLong("responded"), total),
                            AnalyticsViews.rate(rs.getLong("interviewed"), total),
                            AnalyticsViews.rate(rs.getLong("offered"), total),
                            avgDays == null
                                    ? 0
                                    : avgDays.setScale(2, RoundingMode.HALF_UP).doubleValue(),
                            rs.getLong("this_week"));
                })
                .single();
    }

    /**
     * {@code weeks} ISO weeks ending with the one that starts on {@code lastWeekStart}, oldest first. Each application
     * contributes up to four events (applied, first response, first interview, first offer), each placed in its
     * week once, then joined to the series of weeks, so the cost grows with applications, not applications × weeks.
     */
    List<Week> timeline(UUID userId, LocalDate lastWeekStart, int weeks) {
        return statement(PER_APPLICATION + """
                        , events as (
                            select date_trunc('week', applied_date::timestamp)::date as week, 'applied' as kind
                            from per_app
                            union all
                            select date_trunc('week', first_response_at at time zone 'UTC')::date, 'response'
                            from per_app where first_response_at is not null
                            union all
                            select date_trunc('week', first_interview_at at time zone 'UTC')::date, 'interview'
                            from per_app where first_interview_at is not null
                            union all
                            select date_trunc('week', first_offer_at at time zone 'UTC')::date, 'offer'
                            from per_app where first_offer_at is not null
                        ),
                        weeks as (
                            select generate_series(cast(:first_week as date), cast(:last_week as date),
                                                   interval '7 days')::date as week_start
                        )
                        select w.week_start,
                               count(e.kind) filter (where e.kind = 'applied') as applied,
                               count(e.kind) filter (where e.kind = 'response') as responses,
                               count(e.kind) filter (where e.kind = 'interview') as interviews,
                               count(e.kind) filter (where e.kind = 'offer') as offers
                        from weeks w
                        left join events e on e.week = w.week_start
                        group by w.week_start
                        order by w.week_start
                        """, userId)
                .param("first_week", Date.valueOf(lastWeekStart.minusWeeks(weeks - 1L)))
                .param("last_week", Date.valueOf(lastWeekStart))
                .query((rs, row) -> new Week(
                        rs.getObject("week_start", LocalDate.class),
                        rs.getLong("applied"),
                        rs.getLong("responses"),
                        rs.getLong("interviews"),
                        rs.getLong("offers")))
                .list();
    }

    /** Sources the user has applications from, most used first. */
    List<Source> sources(UUID userId) {
        return statement(PER_APPLICATION + """
                        select source, count(*) as applications,
                               count(*) filter (where responded) as responses,
                               count(*) filter (where interviewed) as interviews,
                               count(*) filter (where offered) as offers
                        from per_app
                        group by source
                        order by applications desc, source
                        """, userId)
                .query((rs, row) -> new Source(
                        rs.getString("source"),
                        rs.getLong("applications"),
                        rs.getLong("responses"),
                        rs.getLong("interviews"),
                        rs.getLong("offers"),
                        AnalyticsViews.rate(rs.getLong("responses"), rs.getLong("applications"))))
                .list();
    }

    /** Each stage counts the applications whose furthest stage is that one or later. */
    List<Stage> funnel(UUID userId) {
        Map<Integer, Long> furthest = new HashMap<>();
        statement(PER_APPLICATION + "select stage, count(*) as n from per_app group by stage", userId)
                .query((ResultSet rs) -> {
                    furthest.put(rs.getInt("stage"), rs.getLong("n"));
                });
        return ApplicationStatus.funnel().stream()
                .map(stage -> new Stage(
                        stage.wire(),
                        furthest.entrySet().stream()
                                .filter(e -> e.getKey() >= stage.funnelStage())
                                .mapToLong(Map.Entry::getValue)
                                .sum()))
                .toList();
    }

    private JdbcClient.StatementSpec statement(String sql, UUID userId) {
        return jdbc.sql(sql)
                .param("user", userId)
                .param("responses", wire(ApplicationStatus::isResponse))
                .param("interviews", wire(s -> s.funnelStage() >= ApplicationStatus.INTERVIEWING.funnelStage()))
                .param("offers", wire(s -> s.funnelStage() >= ApplicationStatus.OFFER.funnelStage()));
    }

    private static List<String> wire(Predicate<ApplicationStatus> filter) {
        return Arrays.stream(ApplicationStatus.values())
                .filter(filter)
                .map(ApplicationStatus::wire)
                .toList();
    }

    /** A CASE giving the funnel stage of a status column; built from the enum's constants, never from input. */
    private static String stageOf(String column) {
        return "case " + column + " "
                + ApplicationStatus.funnel().stream()
                        .map(s -> "when '" + s.wire() + "' then " + s.funnelStage())
                        .collect(Collectors.joining(" "))
                + " else 0 end";
    }
}

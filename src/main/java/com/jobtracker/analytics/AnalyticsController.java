package com.jobtracker.analytics;

import com.jobtracker.analytics.AnalyticsViews.Source;
import com.jobtracker.analytics.AnalyticsViews.Stage;
import com.jobtracker.analytics.AnalyticsViews.Summary;
import com.jobtracker.analytics.AnalyticsViews.Week;
import com.jobtracker.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(
        name = "Analytics",
        description = "Per-user numbers computed from applications and their status history. A response is any"
                + " status change after applied other than ghosted and withdrawn, i.e. the application reached"
                + " screening, interviewing, offer, accepted or rejected at some point. Rates are fractions 0-1"
                + " rounded to 4 decimals; a user without applications gets zeros. Weeks are ISO weeks starting"
                + " Monday, in UTC.")
class AnalyticsController {

    private final AnalyticsQueries queries;
    private final Clock clock;

    AnalyticsController(AnalyticsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/summary")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Totals and rates",
            description = "response_rate = applications that got a response / total; interview_rate = reached"
                    + " interviewing, offer or accepted / total; offer_rate = reached offer or accepted / total;"
                    + " avg_days_to_first_response = mean days between applied_date and the first response;"
                    + " applied_this_week = applied_date in the current ISO week; active = current status applied,"
                    + " screening, interviewing or offer.")
    Summary summary(CurrentUser user) {
        return queries.summary(user.id(), thisMonday());
    }

    @GetMapping("/timeline")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Weekly activity, oldest week first, ending with the current week",
            description = "applied counts applications by applied_date; responses, interviews and offers count"
                    + " applications whose first response / first interviewing-or-later / first offer-or-accepted"
                    + " status change happened in the week. Weeks without activity are present with zeros.")
    List<Week> timeline(
            CurrentUser user,
            @Parameter(description = "Number of weeks, 1-104") @RequestParam(defaultValue = "12") @Min(1) @Max(104)
                    int weeks) {
        return queries.timeline(user.id(), thisMonday(), weeks);
    }

    @GetMapping("/sources")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Results per source",
            description = "One entry per source the user has applications from, most applications first;"
                    + " responses, interviews and offers use the summary's definitions, response_rate ="
                    + " responses / applications. Empty list without applications.")
    List<Source> sources(CurrentUser user) {
        return queries.sources(user.id());
    }

    @GetMapping("/funnel")
    @Transactional(readOnly = true)
    @Operation(
            summary = "The funnel applied → screening → interviewing → offer → accepted",
            description = "Each stage counts every application that ever reached that stage or a later one (a"
                    + " candidate invited straight to interviews also passed screening), so counts never grow"
                    + " down the funnel. applied counts every application. Rejected, withdrawn and ghosted are"
                    + " not stages; such an application counts up to the furthest stage it reached.")
    List<Stage> funnel(CurrentUser user) {
        return queries.funnel(user.id());
    }

    private LocalDate thisMonday() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

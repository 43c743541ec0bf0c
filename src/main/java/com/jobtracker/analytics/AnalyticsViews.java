package com.jobtracker.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;

/** The JSON shapes of the analytics endpoints (snake_case on the wire). */
final class AnalyticsViews {

    private AnalyticsViews() {}

    @Schema(name = "AnalyticsSummary")
    record Summary(
            @Schema(description = "All applications of the user")
            long total,

            @Schema(description = "Applications whose current status is applied, screening, interviewing or offer")
            long active,

            @Schema(description = "Count per current status; every status is present, zero when unused")
            Map<String, Long> byStatus,

            @Schema(
                    description = "Fraction (0-1) of applications that got a response: at some point reached"
                            + " screening, interviewing, offer, accepted or rejected (ghosted and withdrawn"
                            + " are not responses). 0 without applications.")
            double responseRate,

            @Schema(description = "Fraction (0-1) that ever reached interviewing, offer or accepted")
            double interviewRate,

            @Schema(description = "Fraction (0-1) that ever reached offer or accepted")
            double offerRate,

            @Schema(
                    description = "Mean whole days from applied_date to the first response (UTC date of the"
                            + " status change), over applications with a response; 0 when none has one")
            double avgDaysToFirstResponse,

            @Schema(description = "Applications whose applied_date is in the current ISO week (Monday-Sunday, UTC)")
            long appliedThisWeek) {}

    @Schema(name = "AnalyticsWeek")
    record Week(
            @Schema(description = "Monday of the ISO week (UTC)")
            LocalDate weekStart,

            @Schema(description = "Applications with applied_date in the week")
            long applied,

            @Schema(description = "Applications whose first response happened in the week")
            long responses,

            @Schema(description = "Applications that first reached interviewing (or later) in the week")
            long interviews,

            @Schema(description = "Applications that first reached offer or accepted in the week")
            long offers) {}

    @Schema(name = "AnalyticsSource")
    record Source(
            String source,
            long applications,

            @Schema(description = "Applications from this source that ever got a response")
            long responses,

            @Schema(description = "… that ever reached interviewing or later")
            long interviews,

            @Schema(description = "… that ever reached offer or accepted")
            long offers,

            @Schema(description = "responses / applications (0-1)")
            double responseRate) {}

    @Schema(name = "AnalyticsFunnelStage")
    record Stage(
            @Schema(allowableValues = {"applied", "screening", "interviewing", "offer", "accepted"})
            String stage,

            @Schema(description = "Applications that ever reached this stage or a later one")
            long count) {}

    /** Rates are rounded to four decimals: enough for a percentage with two, and stable in JSON. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}

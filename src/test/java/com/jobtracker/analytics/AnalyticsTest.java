package com.jobtracker.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Analytics on a hand-built data set whose history is written with exact dates, so every expected number below is
 * worked out by hand in the comments. M is the Monday of the current ISO week (UTC); every change is at noon UTC.
 */
class AnalyticsTest extends ApiTest {

    private static final LocalDate M =
            LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Autowired
    JdbcClient jdbc;

    /**
     * <pre>
     * app source   applied  history (status@day)                                  now         furthest stage
     * A1  linkedin M        applied@M                                             applied     applied
     * A2  linkedin M-14     applied@M-14 screening@M-10 interviewing@M-7 rej.@M-3 rejected    interviewing
     * A3  referral M-21     applied@M-21 interviewing@M-15 offer@M-8 accepted@M-6 accepted    accepted
     * A4  indeed   M-7      applied@M-7 ghosted@M-1                               ghosted     applied
     * A5  indeed   M-7      applied@M-7 withdrawn@M-2                             withdrawn   applied
     * A6  referral M-10     applied@M-10 rejected@M-5                             rejected    applied
     * A7  linkedin M-3      applied@M-3 screening@M-1                             screening   screening
     * A8  other    M-1      (no history: current status counts)                   offer       offer
     * </pre>
     */
    private Session handBuiltDataSet() {
        Session ada = signUp();
        UUID user = UUID.fromString(ada.userId());
        insert(user, "linkedin", M, "applied", Map.of("applied", M));
        insert(
                user,
                "linkedin",
                M.minusDays(14),
                "rejected",
                Map.of(
                        "applied", M.minusDays(14),
                        "screening", M.minusDays(10),
                        "interviewing", M.minusDays(7),
                        "rejected", M.minusDays(3)));
        insert(
                user,
                "referral",
                M.minusDays(21),
                "accepted",
                Map.of(
                        "applied", M.minusDays(21),
                        "interviewing", M.minusDays(15),
                        "offer", M.minusDays(8),
                        "accepted", M.minusDays(6)));
        insert(user, "indeed", M.minusDays(7), "ghosted", Map.of("applied", M.minusDays(7), "ghosted", M.minusDays(1)));
        insert(
                user,
                "indeed",
                M.minusDays(7),
                "withdrawn",
                Map.of("applied", M.minusDays(7), "withdrawn", M.minusDays(2)));
        insert(
                user,
                "referral",
                M.minusDays(10),
                "rejected",
                Map.of("applied", M.minusDays(10), "rejected", M.minusDays(5)));
        insert(
                user,
                "linkedin",
                M.minusDays(3),
                "screening",
                Map.of("applied", M.minusDays(3), "screening", M.minusDays(1)));
        insert(user, "other", M.minusDays(1), "offer", Map.of());
        return ada;
    }

    private void insert(UUID user, String source, LocalDate applied, String status, Map<String, LocalDate> history) {
        UUID id = UUID.randomUUID();
        Timestamp created = noon(applied);
        jdbc.sql("""
                        insert into applications (id, user_id, company_name, role_title, status, applied_date, source,
                                                  version, created_at, updated_at)
                        values (:id, :user, 'Acme', 'Engineer', :status, :applied, :source, 1, :created, :created)
                        """)
                .param("id", id)
                .param("user", user)
                .param("status", status)
                .param("applied", java.sql.Date.valueOf(applied))
                .param("source", source)
                .param("created", created)
                .update();
        history.forEach((change, day) -> jdbc.sql("""
                        insert into application_status_history (application_id, status, changed_at)
                        values (:id, :status, :at)
                        """)
                .param("id", id)
                .param("status", change)
                .param("at", noon(day))
                .update());
    }

    private static Timestamp noon(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private JsonNode get(Session session, String path) {
        HttpApi.Response response = api.get(path).bearer(session.accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void summaryOfTheHandBuiltDataSet() {
        JsonNode summary = get(handBuiltDataSet(), "/api/v1/analytics/summary");

        assertThat(summary.path("total").asLong()).isEqualTo(8);
        // active = current applied/screening/interviewing/offer: A1, A7, A8
        assertThat(summary.path("active").asLong()).isEqualTo(3);
        JsonNode byStatus = summary.path("by_status");
        assertThat(byStatus.path("applied").asLong()).isEqualTo(1);
        assertThat(byStatus.path("screening").asLong()).isEqualTo(1);
        assertThat(byStatus.path("interviewing").asLong()).isZero();
        assertThat(byStatus.path("offer").asLong()).isEqualTo(1);
        assertThat(byStatus.path("accepted").asLong()).isEqualTo(1);
        assertThat(byStatus.path("rejected").asLong()).isEqualTo(2);
        assertThat(byStatus.path("withdrawn").asLong()).isEqualTo(1);
        assertThat(byStatus.path("ghosted").asLong()).isEqualTo(1);
        // responded: A2, A3, A6, A7, A8 → 5/8; ghosted A4 and withdrawn A5 are not responses
        assertThat(summary.path("response_rate").asDouble()).isEqualTo(0.625);
        // reached interviewing or later: A2, A3, A8 → 3/8
        assertThat(summary.path("interview_rate").asDouble()).isEqualTo(0.375);
        // reached offer or accepted: A3, A8 → 2/8
        assertThat(summary.path("offer_rate").asDouble()).isEqualTo(0.25);
        // first response minus applied: A2 4 days, A3 6, A6 5, A7 2 (A8 has no dated change) → 17/4
        assertThat(summary.path("avg_days_to_first_response").asDouble()).isCloseTo(4.25, within(1e-9));
        // applied_date in [M, M+6]: A1 only
        assertThat(summary.path("applied_this_week").asLong()).isEqualTo(1);
    }

    @Test
    void funnelCountsEveryApplicationThatEverReachedAStageOrALaterOne() {
        JsonNode funnel = get(handBuiltDataSet(), "/api/v1/analytics/funnel");

        // furthest stages: A1 0, A2 2, A3 4, A4 0, A5 0, A6 0, A7 1, A8 3
        assertThat(stages(funnel))
                .containsExactly("applied=8", "screening=4", "interviewing=3", "offer=2", "accepted=1");
    }

    @Test
    void sourcesOfTheHandBuiltDataSet() {
        JsonNode sources = get(handBuiltDataSet(), "/api/v1/analytics/sources");

        assertThat(sources.valueStream()
                        .map(s -> s.path("source").asString() + ":"
                                + s.path("applications").asLong() + "/"
                                + s.path("responses").asLong() + "/"
                                + s.path("interviews").asLong() + "/"
                                + s.path("offers").asLong())
                        .toList())
                .containsExactly("linkedin:3/2/1/0", "indeed:2/0/0/0", "referral:2/2/1/1", "other:1/1/1/1");
        assertThat(sources.get(0).path("response_rate").asDouble()).isEqualTo(0.6667); // 2/3
        assertThat(sources.get(1).path("response_rate").asDouble()).isZero();
        assertThat(sources.get(2).path("response_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void timelineOfTheHandBuiltDataSet() {
        JsonNode timeline = get(handBuiltDataSet(), "/api/v1/analytics/timeline?weeks=4");

        // applied by week: M-21 {A3}, M-14 {A2, A6}, M-7 {A4, A5, A7, A8}, M {A1}
        // first response: A3 M-15, A2 M-10, A6 M-5, A7 M-1; first interview: A3 M-15, A2 M-7; first offer: A3 M-8
        assertThat(timeline.valueStream()
                        .map(w -> w.path("week_start").asString() + " "
                                + w.path("applied").asLong() + "/"
                                + w.path("responses").asLong() + "/"
                                + w.path("interviews").asLong() + "/"
                                + w.path("offers").asLong())
                        .toList())
                .containsExactly(
                        M.minusDays(21) + " 1/1/1/0",
                        M.minusDays(14) + " 2/1/0/1",
                        M.minusDays(7) + " 4/2/1/0",
                        M + " 1/0/0/0");
    }

    @Test
    void aUserWithoutApplicationsGetsZerosEvenWhenOthersHaveData() {
        handBuiltDataSet();
        Session empty = signUp();

        JsonNode summary = get(empty, "/api/v1/analytics/summary");
        JsonNode timeline = get(empty, "/api/v1/analytics/timeline");

        assertThat(summary.path("total").asLong()).isZero();
        assertThat(summary.path("active").asLong()).isZero();
        assertThat(summary.path("response_rate").asDouble()).isZero();
        assertThat(summary.path("interview_rate").asDouble()).isZero();
        assertThat(summary.path("offer_rate").asDouble()).isZero();
        assertThat(summary.path("avg_days_to_first_response").isNumber()).isTrue();
        assertThat(summary.path("avg_days_to_first_response").asDouble()).isZero();
        assertThat(summary.path("applied_this_week").asLong()).isZero();
        assertThat(summary.path("by_status").properties()).hasSize(8);
        assertThat(timeline).hasSize(12);
        assertThat(timeline.get(11).path("week_start").asString()).isEqualTo(M.toString());
        assertThat(timeline.valueStream()
                        .mapToLong(w -> w.path("applied").asLong())
                        .sum())
                .isZero();
        assertThat(get(empty, "/api/v1/analytics/sources")).isEmpty();
        assertThat(stages(get(empty, "/api/v1/analytics/funnel")))
                .containsExactly("applied=0", "screening=0", "interviewing=0", "offer=0", "accepted=0");
    }

    @Test
    void aStatusChangeThroughTheApiCountsAsAResponse() {
        Session ada = signUp();
        String id = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(Map.of("company_name", "Stripe", "role_title", "Engineer", "applied_date", M.toString()))
                .send()
                .text("id");
        JsonNode before = get(ada, "/api/v1/analytics/summary");

        api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(Map.of("status", "screening"))
                .send();
        JsonNode after = get(ada, "/api/v1/analytics/summary");

        assertThat(before.path("response_rate").asDouble()).isZero();
        assertThat(after.path("response_rate").asDouble()).isEqualTo(1.0);
        assertThat(after.path("applied_this_week").asLong()).isEqualTo(1);
        assertThat(stages(get(ada, "/api/v1/analytics/funnel")))
                .startsWith("applied=1", "screening=1", "interviewing=0");
    }

    @Test
    void rejectsAnOutOfRangeWeeksParameter() {
        Session ada = signUp();

        for (String weeks : List.of("0", "105", "many")) {
            HttpApi.Response response = api.get("/api/v1/analytics/timeline?weeks=" + weeks)
                    .bearer(ada.accessToken())
                    .send();
            assertThat(response.status()).as(weeks).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("weeks");
        }
    }

    @Test
    void requiresAnAccessToken() {
        for (String path : List.of("summary", "timeline", "sources", "funnel")) {
            assertThat(api.get("/api/v1/analytics/" + path).send().status())
                    .as(path)
                    .isEqualTo(401);
        }
    }

    private static List<String> stages(JsonNode funnel) {
        return funnel.valueStream()
                .map(s -> s.path("stage").asString() + "=" + s.path("count").asLong())
                .toList();
    }
}

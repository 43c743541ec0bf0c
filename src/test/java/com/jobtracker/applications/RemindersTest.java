package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.Mailbox;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RemindersTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    ReminderDigest.SendDigestHandler digest;

    private void create(Session session, String company, String status, LocalDate applied, LocalDate next) {
        Map<String, Object> body = new HashMap<>();
        body.put("company_name", company);
        body.put("role_title", "Engineer");
        body.put("status", status);
        body.put("applied_date", applied.toString());
        if (next != null) {
            body.put("next_action_date", next.toString());
        }
        HttpApi.Response created = api.post("/api/v1/applications")
                .bearer(session.accessToken())
                .json(body)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private JsonNode reminders(Session session, String query) {
        HttpApi.Response response = api.get("/api/v1/applications/reminders" + query)
                .bearer(session.accessToken())
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void listsDueFollowUpsThenApplicationsThatWentQuiet() {
        Session session = signUp();
        create(session, "Due Today", "interviewing", TODAY.minusDays(3), TODAY);
        create(session, "Overdue", "screening", TODAY.minusDays(10), TODAY.minusDays(2));
        create(session, "Future", "screening", TODAY.minusDays(10), TODAY.plusDays(1));
        create(session, "Closed", "rejected", TODAY.minusDays(40), TODAY.minusDays(5));
        create(session, "Quiet", "applied", TODAY.minusDays(20), null);
        create(session, "Quieter", "applied", TODAY.minusDays(30), null);
        create(session, "Recent", "applied", TODAY.minusDays(13), null);
        create(session, "Moved On", "interviewing", TODAY.minusDays(30), null);

        JsonNode response = reminders(session, "?date=" + TODAY);

        JsonNode items = response.path("items");
        assertThat(response.path("date").asString()).isEqualTo(TODAY.toString());
        assertThat(items.findValues("company_name").stream().map(JsonNode::asString))
                .containsExactly("Overdue", "Due Today", "Quieter", "Quiet");
        assertThat(items.path(0).path("kind").asString()).isEqualTo("follow_up");
        assertThat(items.path(0).path("days").asInt()).isEqualTo(2);
        assertThat(items.path(0).path("message").asString()).contains("Overdue", "2 days overdue");
        assertThat(items.path(1).path("message").asString()).contains("due today");
        assertThat(items.path(2).path("kind").asString()).isEqualTo("no_response");
        assertThat(items.path(2).path("days").asInt()).isEqualTo(30);
        assertThat(items.path(2).path("suggested_status").asString()).isEqualTo("ghosted");
        assertThat(items.path(3).path("application").path("status_history").size())
                .isEqualTo(1);
    }

    @Test
    void anApplicationCanBeBothDueAndQuiet() {
        Session session = signUp();
        create(session, "Both", "applied", TODAY.minusDays(20), TODAY);

        JsonNode items = reminders(session, "?date=" + TODAY).path("items");

        assertThat(items.findValues("kind").stream().map(JsonNode::asString))
                .containsExactly("follow_up", "no_response");
    }

    @Test
    void seesOnlyTheirOwnReminders() {
        Session owner = signUp();
        Session other = signUp();
        create(owner, "Mine", "applied", TODAY.minusDays(20), TODAY);

        assertThat(reminders(other, "?date=" + TODAY).path("items").size()).isZero();
    }

    @Test
    void defaultsToTodayInUtc() {
        Session session = signUp();

        assertThat(reminders(session, "").path("date").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void badDatesAndSettingsAreRefused() {
        Session session = signUp();

        HttpApi.Response badDate = api.get("/api/v1/applications/reminders?date=28.11.2026")
                .bearer(session.accessToken())
                .send();
        HttpApi.Response badSettings = api.put("/api/v1/applications/reminders/settings")
                .bearer(session.accessToken())
                .json(Map.of("daily_digest", "sometimes"))
                .send();
        HttpApi.Response missingSettings = api.put("/api/v1/applications/reminders/settings")
                .bearer(session.accessToken())
                .json(Map.of())
                .send();

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badSettings.status()).isEqualTo(400);
        assertThat(missingSettings.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/applications/reminders").send().status()).isEqualTo(401);
    }

    @Test
    void theDailyDigestIsOffUntilTurnedOnAndThenMailsTheReminders() {
        Session session = signUp();
        create(session, "Digest Co", "applied", LocalDate.now(ZoneOffset.UTC).minusDays(15), null);
        HttpApi.Response initial = api.get("/api/v1/applications/reminders/settings")
                .bearer(session.accessToken())
                .send();
        assertThat(initial.json().path("daily_digest").asBoolean()).isFalse();

        digest.run(new ReminderDigest.SendDigest(UUID.fromString(session.userId())));
        assertThat(mailTo(session.email()))
                .as("no mail while the digest is off")
                .isZero();

        HttpApi.Response on = api.put("/api/v1/applications/reminders/settings")
                .bearer(session.accessToken())
                .json(Map.of("daily_digest", true))
                .send();
        assertThat(on.json().path("daily_digest").asBoolean()).isTrue();
        digest.run(new ReminderDigest.SendDigest(UUID.fromString(session.userId())));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(session.email()) == 1);
        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(session.accessToken()).send();
        assertThat(export.json().path("reminder_settings").path("daily_digest").asBoolean())
                .isTrue();
    }

    private static long mailTo(String email) {
        return Mailbox.of(email).stream()
                .filter(mail -> mail.subject().contains("follow-ups"))
                .count();
    }
}

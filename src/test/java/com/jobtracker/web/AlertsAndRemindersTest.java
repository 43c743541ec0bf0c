package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.jobs.JobStubs;
import com.jobtracker.jobs.alerts.AlertJobs;
import com.jobtracker.testing.HttpApi;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Job alerts and reminders as the person meets them: a search saved as an alert from its results shows only the
 * postings that are new since it was saved, until they are marked as seen; its email switch and delete work from
 * the list. Home offers to mark an application that went quiet as ghosted, and Profile turns the daily digest on.
 */
class AlertsAndRemindersTest extends BrowserTest {

    @Autowired
    AlertJobs.RunSavedSearchHandler runs;

    private String word;

    @BeforeEach
    void stubs() {
        JobStubs.reset();
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void remotiveServes(int... ids) {
        JobStubs.remotiveServes(word, ids);
    }

    private Locator job(int id) {
        return page.getByRole(AriaRole.ARTICLE, named(word + " Engineer " + id + " at Company " + id));
    }

    @Test
    void aSearchSavedAsAnAlertShowsOnlyTheJobsThatAreNewUntilTheyAreSeen() throws Exception {
        Session session = signInAsNewUser();
        remotiveServes(1, 2);
        open("/jobs?query=" + word);
        assertThat(job(1)).isVisible();

        page.getByRole(AriaRole.BUTTON, named("Save as alert")).click();
        page.getByLabel("Name").fill("Remote " + word);
        page.getByLabel("Email me new jobs").check();
        page.getByRole(AriaRole.BUTTON, named("Save alert")).click();
        page.getByRole(AriaRole.BUTTON, named("View")).click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setLevel(1)
                                .setName("Remote " + word)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("No new jobs yet"))).isVisible();

        String searchId = page.url().replaceAll(".*/jobs/searches/", "");
        remotiveServes(1, 2, 3);
        runs.run(new AlertJobs.RunSavedSearch(UUID.fromString(searchId), Instant.now()));
        page.reload();
        assertThat(job(3)).isVisible();
        assertThat(job(1)).not().isAttached();
        assertThat(page.locator(".page-head .subtitle")).containsText("1 new");
        screenshotAndAudit("jobs-alert");

        page.getByRole(AriaRole.BUTTON, named("Mark all as seen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("You are all caught up")))
                .isVisible();
        assertThat(job(3)).not().isAttached();

        page.getByRole(AriaRole.NAVIGATION, named("Jobs view"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alerts"))
                .click();
        Locator alert = page.getByRole(AriaRole.ARTICLE, named("Remote " + word));
        assertThat(alert).containsText("Nothing new");
        assertThat(alert.getByLabel("Email me new jobs")).isChecked();
        screenshotAndAudit("jobs-alerts");

        page.waitForResponse(
                response -> response.url().endsWith("/api/v1/jobs/searches/" + searchId)
                        && response.request().method().equals("PUT"),
                () -> alert.getByLabel("Email me new jobs").uncheck());
        HttpApi.Response stored = api.get("/api/v1/jobs/searches/" + searchId)
                .bearer(session.accessToken())
                .send();
        assertThat(stored.json().path("email_alerts").asBoolean()).isFalse();
        assertThat(stored.text("query")).isEqualTo(word);

        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete alert Remote " + word))
                .click();
        page.getByRole(AriaRole.BUTTON, named("Delete alert").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("No alerts yet"))).isVisible();
        assertThat(api.get("/api/v1/jobs/searches/" + searchId)
                        .bearer(session.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void homeOffersToMarkAQuietApplicationGhostedAndProfileTurnsTheDailyDigestOn() throws Exception {
        Session session = signInAsNewUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String quiet = create(
                session, "Quiet Ltd", Map.of("applied_date", today.minusDays(20).toString()));
        create(
                session,
                "Due Corp",
                Map.of(
                        "applied_date",
                        today.minusDays(3).toString(),
                        "status",
                        "interviewing",
                        "next_action_date",
                        today.toString()));

        page.reload(); // signing in landed on Home before these existed
        Locator attention = page.getByRole(AriaRole.REGION, named("Needs attention"));
        assertThat(attention).containsText("No answer for 20 days");
        assertThat(attention).containsText("Follow up today");
        screenshotAndAudit("home-attention");

        attention
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Mark Engineer at Quiet Ltd as ghosted"))
                .click();
        assertThat(attention).not().containsText("Quiet Ltd");
        assertThat(api.get("/api/v1/applications/" + quiet)
                        .bearer(session.accessToken())
                        .send()
                        .text("status"))
                .isEqualTo("ghosted");

        goToTab("Profile");
        Locator digest = page.getByLabel("Email me a daily digest of them");
        assertThat(digest).not().isChecked();
        page.waitForResponse(
                response -> response.url().endsWith("/api/v1/applications/reminders/settings")
                        && response.request().method().equals("PUT"),
                digest::check);
        assertThat(api.get("/api/v1/applications/reminders/settings")
                        .bearer(session.accessToken())
                        .send()
                        .json()
                        .path("daily_digest")
                        .asBoolean())
                .isTrue();
        page.reload();
        assertThat(page.getByLabel("Email me a daily digest of them")).isChecked();
    }

    private String create(Session session, String company, Map<String, String> fields) {
        Map<String, String> body = new java.util.HashMap<>(fields);
        body.put("company_name", company);
        body.put("role_title", "Engineer");
        HttpApi.Response created = api.post("/api/v1/applications")
                .bearer(session.accessToken())
                .json(body)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }
}

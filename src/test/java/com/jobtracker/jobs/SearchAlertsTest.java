package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.jobs.alerts.AlertJobs;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Alert runs against the WireMock boards. Tests call the run handler themselves, as JobRunr would (the schedule is
 * off in tests, see {@link AlertScheduleOff}).
 */
class SearchAlertsTest extends ApiTest {

    private static final String BASE = SavedSearchesTest.BASE;

    @Autowired
    AlertJobs.RunSavedSearchHandler runs;

    @Autowired
    AlertJobs schedule;

    @Autowired
    StorageProvider jobRunr;

    private String token;

    @BeforeEach
    void setUp() {
        JobStubs.reset();
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void remotiveServes(int... ids) {
        JobStubs.remotiveServes(token, ids);
    }

    private String create(Session session, boolean emailAlerts) {
        HttpApi.Response created = api.post(BASE)
                .bearer(session.accessToken())
                .json(Map.of("name", "Alerts " + token, "query", token, "email_alerts", emailAlerts))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void run(String searchId) {
        runs.run(new AlertJobs.RunSavedSearch(UUID.fromString(searchId), Instant.now()));
    }

    private JsonNode newPostings(Session session, String searchId) {
        HttpApi.Response response = api.get(BASE + "/" + searchId + "/new?limit=100")
                .bearer(session.accessToken())
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> jobIds(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("job_id").asString())
                .toList();
    }

    private static int[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    @Test
    void aRunListsExactlyThePostingsNoEarlierRunHadSeen() {
        Session user = signUp();
        remotiveServes(1, 2);
        String id = create(user, false);
        run(id);
        assertThat(jobIds(newPostings(user, id)))
                .as("the first run only records the baseline")
                .isEmpty();

        remotiveServes(1, 2, 3, 4);
        run(id);

        JsonNode found = newPostings(user, id);
        assertThat(jobIds(found)).containsExactlyInAnyOrder("remotive:3", "remotive:4");
        assertThat(found.path("total").asInt()).isEqualTo(2);
        JsonNode first = found.path("items").get(0);
        assertThat(first.path("found_at").asString()).endsWith("Z");
        assertThat(first.path("job").path("title").asString()).startsWith(token + " Engineer ");
        assertThat(first.path("job").path("source_url").asString()).startsWith("https://remotive.com/");
        HttpApi.Response search =
                api.get(BASE + "/" + id).bearer(user.accessToken()).send();
        assertThat(search.json().path("new_count").asInt()).isEqualTo(2);
        assertThat(search.json().path("last_run_at").asString()).endsWith("Z");

        remotiveServes(2, 3, 4, 5);
        run(id);
        assertThat(jobIds(newPostings(user, id))).containsExactlyInAnyOrder("remotive:3", "remotive:4", "remotive:5");
    }

    @Test
    void markingSeenClearsWhatWasFoundUpToTheGivenTime() {
        Session user = signUp();
        remotiveServes(1);
        String id = create(user, false);
        run(id);
        remotiveServes(1, 2);
        run(id);
        String foundAt =
                newPostings(user, id).path("items").get(0).path("found_at").asString();

        HttpApi.Response before = api.post(BASE + "/" + id + "/new/seen?up_to="
                        + Instant.parse(foundAt).minusSeconds(1))
                .bearer(user.accessToken())
                .send();
        assertThat(before.status()).isEqualTo(204);
        assertThat(jobIds(newPostings(user, id))).containsExactly("remotive:2");

        HttpApi.Response seen = api.post(BASE + "/" + id + "/new/seen")
                .bearer(user.accessToken())
                .send();
        assertThat(seen.status()).isEqualTo(204);
        assertThat(jobIds(newPostings(user, id))).isEmpty();

        run(id);
        assertThat(jobIds(newPostings(user, id)))
                .as("seen postings do not come back")
                .isEmpty();
    }

    @Test
    void changingTheCriteriaStartsAFreshBaselineButRenamingKeepsTheHistory() {
        Session user = signUp();
        remotiveServes(1);
        String id = create(user, false);
        run(id);
        remotiveServes(1, 2);
        run(id);

        HttpApi.Response renamed = api.put(BASE + "/" + id)
                .bearer(user.accessToken())
                .json(Map.of("name", "Renamed", "query", token, "email_alerts", true))
                .send();
        assertThat(renamed.json().path("new_count").asInt()).isEqualTo(1);

        HttpApi.Response narrowed = api.put(BASE + "/" + id)
                .bearer(user.accessToken())
                .json(Map.of("query", token, "location", "Europe"))
                .send();
        assertThat(narrowed.json().path("new_count").asInt()).isZero();
        assertThat(narrowed.json().has("last_run_at"))
                .as("nothing cached for the new criteria: the next run takes the baseline")
                .isFalse();
        run(id);
        assertThat(jobIds(newPostings(user, id))).isEmpty();
        remotiveServes(1, 2, 3);
        run(id);
        assertThat(jobIds(newPostings(user, id))).containsExactly("remotive:3");
    }

    @Test
    void emailsNewPostingsOnlyToPeopleWhoOptedIn() {
        Session optedIn = signUp();
        Session quiet = signUp();
        remotiveServes(1);
        String alerting = create(optedIn, true);
        String silent = create(quiet, false);
        run(alerting);
        run(silent);
        assertThat(Mailbox.of(optedIn.email()))
                .as("the baseline is never mailed")
                .isEmpty();

        remotiveServes(range(1, 13));
        run(alerting);
        run(silent);

        assertThat(jobIds(newPostings(quiet, silent))).hasSize(12);
        assertThat(Mailbox.of(quiet.email())).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.of(optedIn.email()).size() == 1);
        Mailbox.Mail mail = Mailbox.of(optedIn.email()).getFirst();
        String body = mail.body().replace("\r\n", "\n");
        assertThat(mail.subject()).isEqualTo("12 new jobs for \"Alerts " + token + "\"");
        assertThat(body)
                .contains("Hello Ada Lovelace,")
                .contains("12 new jobs match your saved search \"Alerts " + token + "\"")
                .contains("- " + token
                        + " Engineer 10 — Company 10 (Europe)\n  Apply: https://remotive.com/remote-jobs/software-dev/"
                        + token + "-10")
                .contains("…and 2 more.")
                .contains("/#/jobs/searches/" + alerting + "\n");
        assertThat(body.split("Apply: ", -1)).hasSize(11);

        run(alerting);
        assertThat(Mailbox.of(optedIn.email())).as("postings are mailed once").hasSize(1);
    }

    @Test
    void runsDoNotCountAgainstTheHourlySearchBudget() {
        Session user = signUp();
        remotiveServes(1);
        String id = create(user, false);
        run(id);
        run(id);

        HttpApi.Response search = api.get("/api/v1/jobs/external/aggregate?query=" + token)
                .bearer(user.accessToken())
                .send();

        assertThat(search.header("RateLimit")).startsWith("\"hourly\";r=99;");
    }

    @Test
    void savingASearchJustRunTakesItsResultsAsTheBaselineWithoutCallingTheBoards() {
        Session user = signUp();
        remotiveServes(1, 2);
        HttpApi.Response searched = api.get("/api/v1/jobs/external/aggregate?query=" + token)
                .bearer(user.accessToken())
                .send();
        assertThat(searched.json().path("items")).hasSize(2);
        int calls = JobStubs.calls("remotive");

        HttpApi.Response created = api.post(BASE)
                .bearer(user.accessToken())
                .json(Map.of("query", token))
                .send();

        assertThat(created.json().path("last_run_at").asString()).endsWith("Z");
        assertThat(JobStubs.calls("remotive")).isEqualTo(calls);
        remotiveServes(1, 2, 3);
        run(created.text("id"));
        assertThat(jobIds(newPostings(user, created.text("id")))).containsExactly("remotive:3");
    }

    @Test
    void theScheduleEnqueuesDueSearchesAndJobRunrRunsThem() {
        Session user = signUp();
        remotiveServes(1);
        String id = create(user, false);

        assertThat(schedule.enqueueDueSearches()).isPositive();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get(BASE + "/" + id)
                                .bearer(user.accessToken())
                                .send()
                                .json()
                                .has("last_run_at"))
                        .isTrue());
        // Every due search of earlier tests ran too; let them finish so no run overlaps the next test's stubs.
        await().atMost(Duration.ofSeconds(120))
                .until(() -> jobRunr.countJobs(StateName.ENQUEUED) + jobRunr.countJobs(StateName.PROCESSING) == 0);
        assertThat(schedule.enqueueDueSearches())
                .as("nothing is due right after a run")
                .isZero();
    }

    @Test
    void theExportContainsSavedSearchesAndTheirNewPostings() {
        Session user = signUp();
        remotiveServes(1);
        String id = create(user, false);
        run(id);
        remotiveServes(1, 2);
        run(id);

        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(user.accessToken()).send();

        JsonNode section = export.json().path("saved_searches");
        assertThat(section.size()).isEqualTo(1);
        assertThat(section.get(0).path("search").path("id").asString()).isEqualTo(id);
        assertThat(section.get(0).path("search").path("query").asString()).isEqualTo(token);
        assertThat(section.get(0).path("new_postings").get(0).path("job_id").asString())
                .isEqualTo("remotive:2");
    }
}

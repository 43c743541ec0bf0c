package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.ProviderStubs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SavedJobsTest extends ApiTest {

    private Session user;

    @BeforeEach
    void setUp() {
        JobStubs.reset();
        user = signUp();
    }

    /** Searches so that the job is in the cache; returns the job as the API showed it. */
    private JsonNode searchedJob() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        JobStubs.serve(
                "remotive",
                ProviderStubs.fixture("remotive.json").replace("\"title\": \"", "\"title\": \"" + token + " "),
                0);
        HttpApi.Response response = api.get("/api/v1/jobs/external/aggregate?query=" + token)
                .bearer(user.accessToken())
                .send();
        return response.json().path("items").get(0);
    }

    private HttpApi.Response save(String jobId) {
        return api.post("/api/v1/jobs/" + jobId + "/save")
                .bearer(user.accessToken())
                .send();
    }

    @Test
    void savesASearchedJobOnceAndSavingAgainAnswers200() {
        JsonNode job = searchedJob();

        HttpApi.Response first = save(job.path("id").asString());
        HttpApi.Response again = save(job.path("id").asString());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("job_id").asString()).isEqualTo("remotive:1987654");
        assertThat(first.json().path("job").path("title").asString())
                .isEqualTo(job.path("title").asString());
        assertThat(first.json().path("job").path("source_url").asString()).startsWith("https://remotive.com/");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        HttpApi.Response saved =
                api.get("/api/v1/jobs/saved").bearer(user.accessToken()).send();
        assertThat(saved.json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void savesAJobFromTheBodyWhenTheCacheDoesNotHaveIt() {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", "google:eyJqb2JfdGl0bGUiOiJvbGQifQ");
        job.put("title", "Backend Engineer");
        job.put("company_name", "Stripe");
        job.put("source", "google");
        job.put("apply_url", "javascript:alert(1)");
        job.put("unknown_field", "ignored");

        HttpApi.Response response = api.post("/api/v1/jobs/google:eyJqb2JfdGl0bGUiOiJvbGQifQ/save")
                .bearer(user.accessToken())
                .json(job)
                .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("job").path("company_name").asString()).isEqualTo("Stripe");
        assertThat(response.json().path("job").has("apply_url")).isFalse();
        assertThat(response.json().path("job").path("sources").get(0).asString())
                .isEqualTo("google");
    }

    @Test
    void answers404ForAnUnknownJobWithoutBody() {
        HttpApi.Response response = save("google:neverSeenBefore");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/job-not-found");
    }

    @Test
    void rejectsABodyForAnotherJobOrWithoutTitle() {
        HttpApi.Response response = api.post("/api/v1/jobs/google:abc/save")
                .bearer(user.accessToken())
                .json(Map.of("id", "google:other", "company_name", "X", "source", "google"))
                .send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("id", "title");
    }

    @Test
    void rejectsMalformedIdsAndBodies() {
        HttpApi.Response badId = save("no-colon-here");
        HttpApi.Response badJson = api.post("/api/v1/jobs/google:abc/save")
                .bearer(user.accessToken())
                .raw("application/json", "{\"title\": ")
                .send();
        HttpApi.Response badType = api.post("/api/v1/jobs/google:abc/save")
                .bearer(user.accessToken())
                .raw("text/plain", "hello")
                .send();
        HttpApi.Response badPage = api.get("/api/v1/jobs/saved?limit=101")
                .bearer(user.accessToken())
                .send();

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("errors").get(0).path("field").asString()).isEqualTo("job_id");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(badType.status()).isEqualTo(415);
        assertThat(badPage.status()).isEqualTo(400);
    }

    @Test
    void listsSavedJobsNewestFirstOnlyForTheirOwner() {
        for (String id : List.of("a1", "a2", "a3")) {
            api.post("/api/v1/jobs/arbeitnow:" + id + "/save")
                    .bearer(user.accessToken())
                    .json(Map.of(
                            "id", "arbeitnow:" + id, "title", "Job " + id, "company_name", "C", "source", "arbeitnow"))
                    .send();
        }

        HttpApi.Response page =
                api.get("/api/v1/jobs/saved?limit=2").bearer(user.accessToken()).send();
        HttpApi.Response other =
                api.get("/api/v1/jobs/saved").bearer(signUp().accessToken()).send();

        assertThat(page.json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("job_id").asString()))
                .containsExactly("arbeitnow:a3", "arbeitnow:a2");
        assertThat(page.json().path("total").asInt()).isEqualTo(3);
        assertThat(page.json().path("has_more").asBoolean()).isTrue();
        assertThat(other.json().path("total").asInt()).isZero();
    }

    @Test
    void deletesASavedJobAndIncludesSavedJobsInTheExport() {
        JsonNode job = searchedJob();
        save(job.path("id").asString());
        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(user.accessToken()).send();

        HttpApi.Response deleted = api.delete("/api/v1/jobs/" + job.path("id").asString() + "/save")
                .bearer(user.accessToken())
                .send();

        assertThat(export.body()).contains("\"saved_jobs\"", "remotive:1987654");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/jobs/saved")
                        .bearer(user.accessToken())
                        .send()
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void requiresAnAccessToken() {
        assertThat(api.post("/api/v1/jobs/google:abc/save").send().status()).isEqualTo(401);
        assertThat(api.get("/api/v1/jobs/saved").send().status()).isEqualTo(401);
    }

    /**
     * A job id is public (anyone can search it), so "ownership" here means every saved-job operation is scoped to the
     * caller: another user unsaving or re-saving the same job touches only their own list.
     */
    @Test
    void anotherUserCannotTouchSomeoneElsesSavedJob() {
        Map<String, Object> job =
                Map.of("id", "arbeitnow:mine", "title", "Mine", "company_name", "C", "source", "arbeitnow");
        api.post("/api/v1/jobs/arbeitnow:mine/save")
                .bearer(user.accessToken())
                .json(job)
                .send();
        Session intruder = signUp();

        HttpApi.Response unsave = api.delete("/api/v1/jobs/arbeitnow:mine/save")
                .bearer(intruder.accessToken())
                .send();
        HttpApi.Response resave = api.post("/api/v1/jobs/arbeitnow:mine/save")
                .bearer(intruder.accessToken())
                .json(job)
                .send();

        assertThat(unsave.status()).isEqualTo(204);
        assertThat(resave.status()).as("the intruder's own, new saved job").isEqualTo(201);
        JsonNode mine =
                api.get("/api/v1/jobs/saved").bearer(user.accessToken()).send().json();
        assertThat(mine.path("total").asInt()).isEqualTo(1);
        assertThat(mine.path("items").get(0).path("id").asString())
                .isNotEqualTo(resave.json().path("id").asString());
    }
}

package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.ProviderStubs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AggregateSearchTest extends ApiTest {

    private Session user;

    /**
     * A word no other test searches for, put into every stubbed title: keyless boards filter their feeds by the
     * query, and the shared cache must never answer one test with another's result.
     */
    private String token;

    @BeforeEach
    void stubs() {
        JobStubs.reset();
        user = signUp();
        token = "zq" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String fixture(String name) {
        return ProviderStubs.fixture(name)
                .replace("\"title\": \"", "\"title\": \"" + token + " ")
                .replace("\"position\": \"", "\"position\": \"" + token + " ");
    }

    private HttpApi.Response aggregate(String query, String extra) {
        return api.get("/api/v1/jobs/external/aggregate?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + extra)
                .bearer(user.accessToken())
                .send();
    }

    private static JsonNode source(HttpApi.Response response, String name) {
        for (JsonNode source : response.json().path("sources")) {
            if (source.path("name").asString().equals(name)) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + response.body());
    }

    @Test
    void returnsNormalisedJobsWithEverySourcesStatus() {
        JobStubs.serve("google", fixture("google.json"), 0);
        JobStubs.serve("remoteok", fixture("remoteok.json"), 0);

        HttpApi.Response response = aggregate(token, "");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("items")).hasSize(3);
        assertThat(body.path("page").asInt()).isZero();
        assertThat(body.path("limit").asInt()).isEqualTo(20);
        assertThat(body.path("has_more").asBoolean()).isFalse();
        assertThat(body.path("cached").asBoolean()).isFalse();
        assertThat(body.path("fetched_at").asString()).endsWith("Z");
        assertThat(source(response, "google").path("status").asString()).isEqualTo("ok");
        assertThat(source(response, "google").path("count").asInt()).isEqualTo(2);
        assertThat(source(response, "google").has("latency_ms")).isTrue();
        assertThat(source(response, "linkedin").path("status").asString()).isEqualTo("disabled");
        assertThat(source(response, "linkedin").path("count").asInt()).isZero();
        JsonNode remoteOk = body.path("items")
                .valueStream()
                .filter(item -> item.path("source").asString().equals("remoteok"))
                .findFirst()
                .orElseThrow();
        assertThat(remoteOk.path("id").asString()).isEqualTo("remoteok:1098765");
        assertThat(remoteOk.path("company_name").asString()).isEqualTo("Example");
        assertThat(remoteOk.path("is_remote").asBoolean()).isTrue();
        assertThat(remoteOk.path("posted_at").asString()).isEqualTo("2025-11-26T09:40:00Z");
        assertThat(remoteOk.path("salary").path("currency").asString()).isEqualTo("USD");
        assertThat(remoteOk.path("source_url").asString()).startsWith("https://remoteOK.com/remote-jobs/");
        assertThat(remoteOk.has("match_score")).isFalse();
        assertThat(body.path("items")
                        .valueStream()
                        .map(item -> item.path("company_logo_url").asString()))
                .allSatisfy(url -> assertThat(url).startsWith("http"));
    }

    @Test
    void listsTheSamePostingFromTwoBoardsOnceWithBothSourcesAndLinks() {
        JobStubs.serve("google", fixture("google.json"), 0);
        JobStubs.serve(
                "arbeitnow",
                fixture("arbeitnow.json")
                        .replace("\"company_name\": \"Example GmbH\"", "\"company_name\": \"Zalando SE\""),
                0);

        HttpApi.Response response = aggregate(token, "");

        JsonNode zalando = response.json()
                .path("items")
                .valueStream()
                .filter(item -> item.path("company_name").asString().equals("Zalando SE"))
                .toList()
                .getFirst();
        assertThat(response.json().path("items")).hasSize(2);
        assertThat(zalando.path("sources").valueStream().map(JsonNode::asString))
                .containsExactly("google", "arbeitnow");
        assertThat(zalando.path("id").asString()).startsWith("google:");
        assertThat(zalando.path("apply_links")
                        .valueStream()
                        .map(link -> link.path("url").asString()))
                .hasSize(3)
                .anySatisfy(url -> assertThat(url).startsWith("https://www.arbeitnow.com/jobs/"));
    }

    @Test
    void answersAboutAsFastAsTheSlowestProvider() {
        aggregate("warm-up " + token, "");
        JobStubs.serve("google", fixture("google.json"), 300);
        JobStubs.serve("indeed", fixture("jsearch-v2.json"), 600);
        JobStubs.serve("remotive", fixture("remotive.json"), 900);

        long started = System.nanoTime();
        HttpApi.Response response = aggregate(token, "");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items")).hasSize(4);
        assertThat(elapsedMillis).as("three providers delayed 300/600/900 ms").isLessThan(1200);
    }

    @Test
    void reportsAProviderPastItsDeadlineAsErrorAndReturnsTheOthers() {
        JobStubs.serve("google", fixture("google.json"), 10_000);
        JobStubs.serve("remotive", fixture("remotive.json"), 0);

        HttpApi.Response response = aggregate(token, "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(source(response, "google").path("status").asString()).isEqualTo("error");
        assertThat(source(response, "google").path("error").asString()).isEqualTo("upstream timed out");
        assertThat(response.json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("source").asString()))
                .containsExactly("remotive");
    }

    @Test
    void survivesGarbageResetsAndErrorsFromSomeProviders() {
        JobStubs.serve("remotive", fixture("remotive.json"), 0);
        JobStubs.answer(
                "google",
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));
        JobStubs.serve("indeed", "{\"status\":\"OK\",\"data\": [ {\"job_id\": ", 0);
        JobStubs.fail("greenhouse");

        HttpApi.Response response = aggregate(token, "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(source(response, "google").path("error").asString()).isEqualTo("connection to upstream failed");
        assertThat(source(response, "indeed").path("error").asString()).isEqualTo("upstream returned invalid data");
        assertThat(source(response, "greenhouse").path("error").asString()).isEqualTo("upstream answered HTTP 500");
        assertThat(response.json().path("items")).hasSize(1);
    }

    @Test
    void answers503WithRetryAfterWhenEveryProviderIsDownAndNothingIsCached() {
        JobStubs.PATHS.keySet().forEach(JobStubs::fail);

        HttpApi.Response response = aggregate(token, "");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.json().path("type").asString()).endsWith("/job-sources-unavailable");
    }

    @Test
    void servesARepeatedSearchFromTheCacheWithoutCallingProviders() {
        JobStubs.serve("remotive", fixture("remotive.json"), 0);
        String query = token;

        aggregate(query, "");
        HttpApi.Response again = aggregate(query.toUpperCase() + "  ", "");

        assertThat(again.json().path("cached").asBoolean()).isTrue();
        assertThat(again.json().path("items")).hasSize(1);
        assertThat(JobStubs.calls("remotive")).isEqualTo(1);
    }

    @Test
    void makesOneUpstreamCallPerProviderForFiftyConcurrentIdenticalSearches() throws Exception {
        JobStubs.serve("google", fixture("google.json"), 500);
        String query = token;
        List<Future<HttpApi.Response>> responses = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                responses.add(clients.submit(() -> aggregate(query, "")));
            }
        }

        for (Future<HttpApi.Response> response : responses) {
            assertThat(response.get().status()).isEqualTo(200);
            assertThat(response.get().json().path("items")).hasSize(2);
        }
        JobStubs.PATHS.keySet().stream()
                .filter(provider -> !provider.equals("linkedin"))
                .forEach(provider ->
                        assertThat(JobStubs.calls(provider)).as(provider).isEqualTo(1));
        assertThat(JobStubs.calls("linkedin")).isZero();
    }

    @Test
    void filtersByRemoteEmploymentTypeAndAgeAndPagesTheMergedList() {
        JobStubs.serve("google", fixture("google.json"), 0);
        JobStubs.serve("remotive", fixture("remotive.json"), 0);
        JobStubs.serve("arbeitnow", fixture("arbeitnow.json"), 0);
        String query = token;

        assertThat(aggregate(query, "&remote=true")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("source").asString()))
                .containsExactlyInAnyOrder("google", "remotive");
        assertThat(aggregate(query, "&remote=false").json().path("items")).hasSize(2);
        assertThat(aggregate(query, "&employment_type=full_time").json().path("items"))
                .hasSize(4);
        assertThat(aggregate(query, "&employment_type=contract").json().path("items"))
                .isEmpty();
        assertThat(aggregate(query, "&posted_within_days=7")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("source").asString()))
                .containsOnly("google");
        HttpApi.Response second = aggregate(query, "&limit=3&page=1");
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("has_more").asBoolean()).isFalse();
        assertThat(aggregate(query, "&limit=3&page=0").json().path("has_more").asBoolean())
                .isTrue();
    }

    @Test
    void rejectsBadParametersWithProblemDetails() {
        assertBadRequest(api.get("/api/v1/jobs/external/aggregate")
                .bearer(user.accessToken())
                .send());
        assertBadRequest(aggregate("java", "&limit=101"));
        assertBadRequest(aggregate("java", "&page=-1"));
        assertBadRequest(aggregate("java", "&remote=maybe"));
        assertBadRequest(aggregate("java", "&posted_within_days=0"));
        HttpApi.Response badType = aggregate("java", "&employment_type=banana");
        assertBadRequest(badType);
        assertThat(badType.json().path("errors").get(0).path("field").asString())
                .isEqualTo("employment_type");
        assertBadRequest(aggregate(" ", ""));
        assertBadRequest(aggregate("x".repeat(201), ""));
    }

    @Test
    void requiresAnAccessToken() {
        HttpApi.Response response =
                api.get("/api/v1/jobs/external/aggregate?query=java").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void singleSourceEndpointNamesTheMissingSettingWhenUnconfigured() {
        HttpApi.Response response = api.get("/api/v1/jobs/external/linkedin?query=java")
                .bearer(user.accessToken())
                .send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().path("detail").asString())
                .contains("jobtracker.providers.linkedin.api-key", "JOBTRACKER_PROVIDERS_LINKEDIN_API_KEY");
    }

    @Test
    void singleSourceEndpointAsksOnlyThatSource() {
        JobStubs.serve("google", fixture("google.json"), 0);
        JobStubs.serve("remotive", fixture("remotive.json"), 0);

        HttpApi.Response response = api.get("/api/v1/jobs/external/google?query="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&limit=1")
                .bearer(user.accessToken())
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items")).hasSize(1);
        assertThat(response.json().path("has_more").asBoolean()).isTrue();
        assertThat(response.json()
                        .path("sources")
                        .valueStream()
                        .map(s -> s.path("name").asString()))
                .containsExactly("google");
        assertThat(JobStubs.calls("remotive")).isZero();
    }

    private static void assertBadRequest(HttpApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().has("title")).isTrue();
    }
}

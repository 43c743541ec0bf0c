package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.JobTrackerApplication;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HeldRequests;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.ProviderStubs;
import com.jobtracker.testing.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances sharing Redis that each work on one request at a time, over real HTTP: a search waiting on a slow
 * provider, or on the same search running on the other instance, gives its turn back so other requests are answered
 * meanwhile, and a request whose turn does not come in time is answered 503 with Retry-After while probes still
 * answer.
 */
class AdmissionTest {

    private static ConfigurableApplicationContext instance;
    private static ConfigurableApplicationContext other;
    private static HttpApi api;
    private static HttpApi otherApi;

    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    private String accessToken;

    @BeforeAll
    static void startTwoInstancesWithOneTurnEach() {
        String redisUrl = TestRedis.url();
        instance = startWithOneTurn(redisUrl);
        other = startWithOneTurn(redisUrl);
        api = api(instance);
        otherApi = api(other);
    }

    private static ConfigurableApplicationContext startWithOneTurn(String redisUrl) {
        return new SpringApplicationBuilder(JobTrackerApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.data.redis.url", redisUrl,
                        "jobtracker.admission.max-concurrent", "1",
                        "jobtracker.admission.max-queue-wait", "500ms"))
                .run();
    }

    private static HttpApi api(ConfigurableApplicationContext context) {
        return new HttpApi(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        HeldRequests.letGo();
        instance.close();
        other.close();
    }

    @BeforeEach
    void signUp() {
        JobStubs.reset();
        accessToken = api.post("/api/v1/auth/signup")
                .json(Map.of(
                        "email",
                        "admission-" + UUID.randomUUID() + "@example.com",
                        "password",
                        ApiTest.PASSWORD,
                        "full_name",
                        "Edsger Dijkstra"))
                .send()
                .text("access_token");
    }

    private static double requestsWorkedOn(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .get("jobtracker.admission.active")
                .gauge()
                .value();
    }

    private static long requestsAdmitted(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .get("jobtracker.admission.wait")
                .timer()
                .count();
    }

    private String slowGoogle() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        JobStubs.serve(
                "google",
                ProviderStubs.fixture("google.json").replace("\"title\": \"", "\"title\": \"" + word + " "),
                2000);
        return word;
    }

    private Future<HttpApi.Response> search(HttpApi on, String word) {
        return clients.submit(() -> on.get("/api/v1/jobs/external/aggregate?query=" + word)
                .bearer(accessToken)
                .send());
    }

    @Test
    void aSearchWaitingOnASlowProviderLetsOtherRequestsThrough() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        JobStubs.serve(
                "google",
                ProviderStubs.fixture("google.json").replace("\"title\": \"", "\"title\": \"" + word + " "),
                2000);
        Future<HttpApi.Response> search = clients.submit(() -> api.get("/api/v1/jobs/external/aggregate?query=" + word)
                .bearer(accessToken)
                .send());
        await().until(() -> JobStubs.calls("google") == 1);

        HttpApi.Response list =
                api.get("/api/v1/applications").bearer(accessToken).send();

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(search.isDone())
                .as("the search still waits for the provider")
                .isFalse();
        HttpApi.Response found = search.get();
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().path("items").size()).isEqualTo(2);
    }

    @Test
    void aSearchWaitingForTheSameSearchOnTheOtherInstanceLetsOtherRequestsThrough() throws Exception {
        String word = slowGoogle();
        Future<HttpApi.Response> leader = search(api, word);
        await().until(() -> JobStubs.calls("google") == 1);
        long admitted = requestsAdmitted(other);
        Future<HttpApi.Response> follower = search(otherApi, word);
        await().until(() -> requestsAdmitted(other) == admitted + 1 && requestsWorkedOn(other) == 0);

        HttpApi.Response list =
                otherApi.get("/api/v1/applications").bearer(accessToken).send();

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(follower.isDone())
                .as("the follower still waits for the leader")
                .isFalse();
        assertThat(leader.get().status()).isEqualTo(200);
        assertThat(follower.get().status()).isEqualTo(200);
        assertThat(follower.get().json().path("items").size()).isEqualTo(2);
        assertThat(JobStubs.calls("google")).as("one upstream call for both").isEqualTo(1);
    }

    @Test
    void aRequestWhoseTurnDoesNotComeInTimeGets503WithRetryAfter() throws Exception {
        HeldRequests.holdFromNowOn();
        Future<HttpApi.Response> held = clients.submit(
                () -> api.get("/api/v1/test/hold").bearer(accessToken).send());
        await().until(() -> requestsWorkedOn(instance) == 1);

        HttpApi.Response busy =
                api.get("/api/v1/applications").bearer(accessToken).send();
        HttpApi.Response liveness = api.get("/actuator/health/liveness").send();
        HeldRequests.letGo();

        assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(busy.text("type")).isEqualTo("https://jobtracker.dev/problems/busy");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(held.get().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/applications").bearer(accessToken).send().status())
                .as("served again once the turn is free")
                .isEqualTo(200);
    }
}

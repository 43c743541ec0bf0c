package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.JobTrackerApplication;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HeldRequests;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.ProviderStubs;
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
 * An instance that works on one request at a time, over real HTTP: a search waiting on a slow provider gives its
 * turn back so other requests are answered meanwhile, and a request whose turn does not come in time is answered
 * 503 with Retry-After while probes still answer.
 */
class AdmissionTest {

    private static ConfigurableApplicationContext instance;
    private static HttpApi api;

    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    private String accessToken;

    @BeforeAll
    static void startWithOneTurn() {
        instance = new SpringApplicationBuilder(JobTrackerApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "jobtracker.admission.max-concurrent", "1",
                        "jobtracker.admission.max-queue-wait", "500ms"))
                .run();
        api = new HttpApi(
                ((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        HeldRequests.letGo();
        instance.close();
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

    private double requestsWorkedOn() {
        return instance.getBean(MeterRegistry.class)
                .get("jobtracker.admission.active")
                .gauge()
                .value();
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
    void aRequestWhoseTurnDoesNotComeInTimeGets503WithRetryAfter() throws Exception {
        HeldRequests.holdFromNowOn();
        Future<HttpApi.Response> held = clients.submit(
                () -> api.get("/api/v1/test/hold").bearer(accessToken).send());
        await().until(() -> requestsWorkedOn() == 1);

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

package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.JobTrackerApplication;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.TestRedis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances sharing one Redis spend one budget per user (requests alternate between them and the
 * 101st is refused by whichever instance receives it) and fetch a search once between them. Uses the local Redis server when one runs (as in CI),
 * otherwise an embedded one.
 */
class TwoInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        String redisUrl = TestRedis.url();
        first = start(redisUrl);
        second = start(redisUrl);
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String redisUrl) {
        return new SpringApplicationBuilder(JobTrackerApplication.class)
                .properties(Map.of("server.port", "0", "spring.data.redis.url", redisUrl))
                .run();
    }

    private static HttpApi api(ConfigurableApplicationContext context) {
        return new HttpApi(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void instancesSharingRedisShareOneBudgetPerUser() {
        JobStubs.reset();
        HttpApi a = api(first);
        HttpApi b = api(second);
        String token = a.post("/api/v1/auth/signup")
                .json(Map.of(
                        "email",
                        "shared-" + UUID.randomUUID() + "@example.com",
                        "password",
                        ApiTest.PASSWORD,
                        "full_name",
                        "Grace Hopper"))
                .send()
                .text("access_token");

        for (int i = 0; i < 100; i++) {
            HttpApi instance = i % 2 == 0 ? a : b;
            HttpApi.Response response = instance.get("/api/v1/jobs/external/aggregate?query=shared")
                    .bearer(token)
                    .send();
            assertThat(response.status()).as("request " + (i + 1)).isEqualTo(200);
            assertThat(response.header("RateLimit")).startsWith("\"hourly\";r=" + (99 - i) + ";");
        }
        HttpApi.Response refused = a.get("/api/v1/jobs/external/aggregate?query=shared")
                .bearer(token)
                .send();
        HttpApi.Response refusedToo = b.get("/api/v1/jobs/external/aggregate?query=shared")
                .bearer(token)
                .send();

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refusedToo.status()).isEqualTo(429);
        assertThat(refusedToo.header("Retry-After")).isNotBlank();
    }

    @Test
    void concurrentIdenticalSearchesOnBothInstancesCallEachProviderOnce() throws Exception {
        JobStubs.reset();
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        JobStubs.serve("google", com.jobtracker.testing.ProviderStubs.fixture("google.json"), 500);
        HttpApi a = api(first);
        HttpApi b = api(second);
        String token = a.post("/api/v1/auth/signup")
                .json(Map.of(
                        "email",
                        "stampede-" + UUID.randomUUID() + "@example.com",
                        "password",
                        ApiTest.PASSWORD,
                        "full_name",
                        "Grace Hopper"))
                .send()
                .text("access_token");
        List<Future<HttpApi.Response>> responses = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(40)) {
            for (int i = 0; i < 40; i++) {
                HttpApi instance = i % 2 == 0 ? a : b;
                responses.add(clients.submit(() -> instance.get("/api/v1/jobs/external/aggregate?query=" + word)
                        .bearer(token)
                        .send()));
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
    }
}

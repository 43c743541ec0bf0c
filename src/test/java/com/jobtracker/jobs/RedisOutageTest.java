package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.JobTrackerApplication;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;

/**
 * Redis configured but down: the application starts, searches answer uncached, the rate limit falls back to local
 * buckets, sign-in fails closed with 503; when a Redis appears on that port everything uses it again without a
 * restart, and again after a second outage. Uses a Redis of its own (never the shared server) on a free port.
 * The same context then shows the metrics on {@code /actuator/prometheus}.
 */
class RedisOutageTest {

    private static int port;
    private static RedisServer redis;
    private static ConfigurableApplicationContext app;
    private static HttpApi api;
    private static String cachePrefix;
    private static String authPrefix;

    @BeforeAll
    static void startWithRedisDown() throws IOException {
        port = freePort();
        app = new SpringApplicationBuilder(JobTrackerApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.data.redis.url=redis://127.0.0.1:" + port,
                        "--jobtracker.rate-limit.jobs-per-hour=3",
                        "--management.endpoint.health.show-components=always");
        api = new HttpApi(((WebServerApplicationContext) app).getWebServer().getPort());
        // both are per-run prefixes set by the test environment (never the production namespaces)
        cachePrefix = app.getEnvironment().getRequiredProperty("jobtracker.cache.key-prefix");
        authPrefix = app.getEnvironment().getRequiredProperty("jobtracker.auth.throttle.key-prefix");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        stopRedis();
    }

    @Test
    void servesDegradedWhileRedisIsDownAndUsesItAgainWhenItReturns() throws IOException {
        JobStubs.reset();
        String email = "outage-" + UUID.randomUUID() + "@example.com";
        String token = signUp(email);

        // Down since start-up: cache bypassed, local rate limit (3 per hour here), sign-in refused.
        for (int i = 0; i < 3; i++) {
            HttpApi.Response search = search(token, "down" + i);
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().path("cached").asBoolean()).isFalse();
            assertThat(search.header("RateLimit")).startsWith("\"hourly\";r=" + (2 - i) + ";");
        }
        HttpApi.Response limited = search(token, "down-limited");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        HttpApi.Response refused = signIn(email);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().path("type").asString()).endsWith("/sign-in-unavailable");
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(api.get("/actuator/health/readiness").send().text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health").send().status()).isEqualTo(503);
        assertThat(api.get("/actuator/health")
                        .send()
                        .json()
                        .path("components")
                        .path("redis")
                        .path("status")
                        .asString())
                .isEqualTo("DOWN");

        // Redis appears: the first connection is made on a later request, no restart.
        startRedis();
        await().atMost(Duration.ofSeconds(20)).until(() -> signIn(email).status() == 200);
        String userId = api.get("/api/v1/auth/me").bearer(token).send().text("id");
        HttpApi.Response shared = search(token, "up");
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.header("RateLimit")).startsWith("\"hourly\";r=2;");
        assertThat(search(token, "up").json().path("cached").asBoolean()).isTrue();
        assertThat(redisKeys(cachePrefix + "ratelimit:" + userId)).isEqualTo(1);
        assertThat(redisKeys(cachePrefix + "search:*")).isPositive();
        assertThat(redisKeys(authPrefix + "known:*")).isEqualTo(1);
        assertThat(api.get("/actuator/health")
                        .send()
                        .json()
                        .path("components")
                        .path("redis")
                        .path("status")
                        .asString())
                .isEqualTo("UP");

        // A second outage after having been connected, then Lettuce's own reconnect.
        // (the first user's local bucket is spent since the first outage: the local policy is per user and instance)
        String other = signUp("outage-" + UUID.randomUUID() + "@example.com");
        stopRedis();
        HttpApi.Response local = search(other, "second-outage");
        assertThat(local.status()).isEqualTo(200);
        assertThat(local.header("RateLimit")).startsWith("\"hourly\";r=2;");
        assertThat(signIn(email).status()).isEqualTo(503);
        startRedis();
        await().atMost(Duration.ofSeconds(20)).until(() -> signIn(email).status() == 200);
        assertThat(search(token, "back").status()).isEqualTo(200);
        assertThat(redisKeys(cachePrefix + "ratelimit:" + userId)).isEqualTo(1);

        String metrics = api.get("/actuator/prometheus").send().body();
        assertThat(metrics)
                .contains("jobtracker_jobs_provider_calls_seconds_count{")
                .contains("outcome=\"ok\"")
                .contains("jobtracker_jobs_provider_circuit{")
                .contains("jobtracker_jobs_search_cache_total{result=\"hit\"}")
                .contains("jobtracker_jobs_search_cache_total{result=\"miss\"}")
                .contains("jobtracker_ratelimit_rejections_total{")
                .contains("jobtracker_auth_signin_throttled_total{reason=\"unavailable\"}")
                .contains("jobtracker_background_jobs{state=\"enqueued\"}")
                .contains("jobtracker_background_jobs{state=\"failed\"}")
                .contains("jobtracker_redis_fallbacks_total{feature=\"rate-limit\"}")
                .contains("jobtracker_redis_fallbacks_total{feature=\"search-cache\"}");
    }

    private static HttpApi.Response search(String token, String query) {
        return api.get("/api/v1/jobs/external/aggregate?query=" + query)
                .bearer(token)
                .send();
    }

    private static String signUp(String email) {
        return api.post("/api/v1/auth/signup")
                .json(Map.of("email", email, "password", ApiTest.PASSWORD, "full_name", "Ada Lovelace"))
                .send()
                .text("access_token");
    }

    private static HttpApi.Response signIn(String email) {
        return api.post("/api/v1/auth/signin")
                .json(Map.of("email", email, "password", ApiTest.PASSWORD))
                .send();
    }

    private static long redisKeys(String pattern) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(pattern).size();
        } finally {
            client.shutdown();
        }
    }

    private static void startRedis() throws IOException {
        redis = new RedisServer(port);
        redis.start();
    }

    private static void stopRedis() throws IOException {
        if (redis != null) {
            redis.stop();
            redis = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

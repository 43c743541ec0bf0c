package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobtracker.shared.redis.SharedRedis;
import com.jobtracker.shared.web.ApiException;
import com.jobtracker.testing.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The same behaviour as the in-process throttle, counted in a real Redis ({@link TestRedis}); and its fail-closed
 * policy.
 */
class RedisLoginThrottleTest extends LoginThrottleTest {

    private static final SharedRedis REDIS = new SharedRedis(TestRedis.url(), new SimpleMeterRegistry());

    @AfterAll
    static void close() {
        REDIS.close();
    }

    @Override
    LoginThrottle create(AuthProperties auth, Clock clock) {
        return new RedisLoginThrottle(REDIS, auth, clock);
    }

    @Test
    void refusesToEvaluateSignInsWhenRedisIsUnreachableButKeepsResetsCounted() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (SharedRedis down = new SharedRedis("redis://127.0.0.1:" + closedPort(), meters)) {
            AuthProperties auth = new AuthProperties(
                    "jobtracker",
                    null,
                    null,
                    Duration.ofMinutes(30),
                    Duration.ofDays(7),
                    Duration.ofMinutes(30),
                    10,
                    new AuthProperties.Throttle(10, 100, 100, Duration.ofMinutes(15), 2, "t-" + UUID.randomUUID()));
            RedisLoginThrottle throttle = new RedisLoginThrottle(down, auth, Clock.systemUTC());

            assertThatThrownBy(() -> throttle.blockedFor("ada@example.com", "10.0.0.1"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.headers()).containsEntry("Retry-After", "10");
                    });
            throttle.failed("ada@example.com", "10.0.0.1");
            throttle.succeeded("ada@example.com", "10.0.0.1");
            assertThat(throttle.allowResetRequest("ada@example.com")).isTrue();
            assertThat(throttle.allowResetRequest("ada@example.com")).isTrue();
            assertThat(throttle.allowResetRequest("ada@example.com")).isFalse();
            assertThat(meters.get("jobtracker.redis.fallbacks")
                            .tag("feature", "login-throttle")
                            .counter()
                            .count())
                    .isEqualTo(3);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

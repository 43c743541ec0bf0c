package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new AuthProperties(
                    "jobtracker",
                    null,
                    null,
                    Duration.ofMinutes(30),
                    Duration.ofDays(7),
                    Duration.ofMinutes(30),
                    10,
                    new AuthProperties.Throttle(10, 100, 100, Duration.ofMinutes(15), 5)),
            clock);

    @Test
    void throttlesOneAccountFromOneClientAfterTenFailures() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("ada@example.com", "10.0.0.1");
        }
        assertThat(throttle.blockedFor("ada@example.com", "10.0.0.1")).isEmpty();

        throttle.failed("ada@example.com", "10.0.0.1");

        assertThat(throttle.blockedFor("ADA@example.com ", "10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.blockedFor("ada@example.com", "10.0.0.2")).isEmpty();
    }

    @Test
    void sprayingAnAccountFromManyAddressesDoesNotLockOutItsOwner() {
        throttle.succeeded("ada@example.com", "192.0.2.10");
        for (int i = 0; i < 100; i++) {
            throttle.failed("ada@example.com", "198.51.100." + i);
        }

        assertThat(throttle.blockedFor("ada@example.com", "203.0.113.7")).isPresent();
        assertThat(throttle.blockedFor("ada@example.com", "192.0.2.10")).isEmpty();
    }

    @Test
    void throttlingEndsWithTheWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ada@example.com", "10.0.0.1");
        }
        assertThat(throttle.blockedFor("ada@example.com", "10.0.0.1")).isPresent();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.blockedFor("ada@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneClientFailingAgainstManyAccountsIsThrottled() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.9");
        }

        assertThat(throttle.blockedFor("someone-else@example.com", "10.0.0.9")).isPresent();
    }

    @Test
    void allowsFiveResetRequestsPerAccountPerWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allowResetRequest("ada@example.com")).isTrue();
        }
        assertThat(throttle.allowResetRequest("ada@example.com")).isFalse();
        assertThat(throttle.allowResetRequest("grace@example.com")).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

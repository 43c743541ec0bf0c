package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest extends ApiTest {

    private static final Pattern STATE = Pattern.compile("\"hourly\";r=(\\d+);t=(\\d+)");

    @BeforeEach
    void stubs() {
        JobStubs.reset();
    }

    private HttpApi.Response search(Session user) {
        return api.get("/api/v1/jobs/external/aggregate?query=ratelimit")
                .bearer(user.accessToken())
                .send();
    }

    @Test
    void refusesTheHundredAndFirstRequestOfAnHourWithRetryAfter() {
        Session user = signUp();
        long previousRemaining = 100;
        for (int i = 1; i <= 100; i++) {
            HttpApi.Response response = search(user);
            assertThat(response.status()).as("request " + i).isEqualTo(200);
            assertThat(response.header("RateLimit-Policy")).isEqualTo("\"hourly\";q=100;w=3600");
            Matcher state = STATE.matcher(response.header("RateLimit"));
            assertThat(state.matches()).as(response.header("RateLimit")).isTrue();
            long remaining = Long.parseLong(state.group(1));
            assertThat(remaining).isEqualTo(previousRemaining - 1);
            previousRemaining = remaining;
        }

        HttpApi.Response refused = search(user);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().path("type").asString()).endsWith("/quota-exceeded");
        Matcher state = STATE.matcher(refused.header("RateLimit"));
        assertThat(state.matches()).isTrue();
        assertThat(state.group(1)).isEqualTo("0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isPositive().isGreaterThanOrEqualTo(Long.parseLong(state.group(2)));
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"hourly\";q=100;w=3600");

        HttpApi.Response otherUser = search(signUp());
        assertThat(otherUser.status()).isEqualTo(200);
        assertThat(otherUser.header("RateLimit")).startsWith("\"hourly\";r=99;");
    }

    @Test
    void countsSingleSourceEndpointsButNotSavedJobsOrLogos() {
        Session user = signUp();

        HttpApi.Response single = api.get("/api/v1/jobs/external/linkedin?query=x")
                .bearer(user.accessToken())
                .send();
        HttpApi.Response saved =
                api.get("/api/v1/jobs/saved").bearer(user.accessToken()).send();

        assertThat(single.header("RateLimit")).startsWith("\"hourly\";r=99;");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("RateLimit")).isNull();
        assertThat(search(user).header("RateLimit")).startsWith("\"hourly\";r=98;");
    }
}

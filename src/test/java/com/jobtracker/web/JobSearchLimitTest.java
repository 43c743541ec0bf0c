package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hourly job-search limit as the person meets it: a warning from the {@code RateLimit} header while a few searches
 * are left, and the reset time from {@code Retry-After} once they are used up. The quota is spent through the API
 * first (the server's limit is 100 an hour); which source answers does not matter, the limit is checked before.
 */
class JobSearchLimitTest extends BrowserTest {

    private static final Pattern REMAINING = Pattern.compile("\"hourly\";r=(\\d+);t=\\d+");

    @Test
    void warnsWhenFewSearchesAreLeftAndSaysWhenTheLimitResets() {
        Session session = signInAsNewUser();
        spendSearchesUntil(session, 6);

        Response answered = page.waitForResponse(
                response -> response.url().contains("/api/v1/jobs/external/aggregate"),
                () -> open("/jobs?query=limit+test"));
        Matcher state = REMAINING.matcher(answered.headerValue("ratelimit"));
        assertThat(state.matches()).as(answered.headerValue("ratelimit")).isTrue();
        int remaining = Integer.parseInt(state.group(1));
        assertThat(remaining).isBetween(1, 5);
        assertThat(page.locator(".quota-note"))
                .containsText(remaining + (remaining == 1 ? " search" : " searches") + " left this hour");

        spendSearchesUntil(session, 0);
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Too many requests. The limit resets at");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Try again"))).isVisible();
    }

    /** Searches through the API until the RateLimit header says {@code left} remain. */
    private void spendSearchesUntil(Session session, int left) {
        for (int i = 0; i < 100; i++) {
            var response = api.get("/api/v1/jobs/external/aggregate?query=limit+test")
                    .bearer(session.accessToken())
                    .send();
            Matcher state = REMAINING.matcher(String.valueOf(response.header("RateLimit")));
            assertThat(state.matches()).as("RateLimit of %s", response).isTrue();
            if (Integer.parseInt(state.group(1)) <= left) return;
        }
        throw new AssertionError("the quota did not go down to " + left);
    }
}

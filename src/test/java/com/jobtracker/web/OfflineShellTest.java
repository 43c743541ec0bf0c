package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service worker with service workers allowed: it keeps the shell, never an API answer, and the shell still starts
 * without a network, saying so instead of signing the person out. Offline, Chromium logs every failed request as a console error; those of {@code /api/} calls
 * are expected there (the client shows "offline" for them) and only they are forgiven.
 */
class OfflineShellTest extends BrowserTest {

    private static final String PAGE_CACHE_URLS = """
            async () => {
              const urls = [];
              for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
              }
              return urls;
            }""";

    @Override
    ServiceWorkerPolicy serviceWorkers() {
        return ServiceWorkerPolicy.ALLOW;
    }

    @Test
    void cachesTheShellButNoApiAnswerAndStartsOffline() {
        signInAsNewUser();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        // Controlled now: the shell goes through the worker, API calls bypass it.
        List<Response> responses = new ArrayList<>();
        page.onResponse(responses::add);
        page.reload();
        assertThat(page.getByRole(AriaRole.NAVIGATION, named("Main"))).isVisible();
        page.waitForFunction("() => !document.querySelector('.state-loading')");
        assertThat(responses)
                .filteredOn(response -> response.url().contains("/js/app.js"))
                .singleElement()
                .matches(Response::fromServiceWorker, "served through the service worker");
        assertThat(responses)
                .filteredOn(response -> response.url().contains("/api/"))
                .isNotEmpty()
                .noneMatch(Response::fromServiceWorker);

        @SuppressWarnings("unchecked")
        List<String> cached = (List<String>) page.evaluate(PAGE_CACHE_URLS);
        assertThat(cached).contains("/", "/js/app.js", "/css/app.css").noneMatch(url -> url.startsWith("/api/"));

        context.setOffline(true);
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("You are offline"))).isVisible();
        assertThat(page.locator("link[rel=stylesheet]")).hasCount(1);
        consoleErrors.removeIf(error -> error.contains("ERR_INTERNET_DISCONNECTED") && error.contains("/api/"));

        // Offline did not sign the person out: back online, the app carries on by itself.
        context.setOffline(false);
        assertThat(page.getByRole(AriaRole.NAVIGATION, named("Main"))).isVisible();
    }
}

package com.jobtracker.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdmissionControlTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void joinThreads() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private AdmissionControl admission(int turns, Duration maxQueueWait) {
        return new AdmissionControl(new AdmissionProperties(turns, maxQueueWait), meters);
    }

    private static MockHttpServletResponse pass(AdmissionControl filter, String path, Work work) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (request, ignored) -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private void inBackground(AdmissionControl filter, String path, Work work) {
        threads.add(Thread.ofVirtual().start(() -> pass(filter, path, work)));
    }

    private double active() {
        return meters.get("jobtracker.admission.active").gauge().value();
    }

    private double queued() {
        return meters.get("jobtracker.admission.queued").gauge().value();
    }

    @Test
    void admitsWaitingRequestsInTheOrderTheyArrived() {
        AdmissionControl filter = admission(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        inBackground(filter, "/api/v1/applications", () -> {
            events.add("first");
            release.await();
        });
        await().until(() -> active() == 1);
        List<String> later = List.of("a", "b", "c", "d", "e");
        for (int i = 0; i < later.size(); i++) {
            String name = later.get(i);
            inBackground(filter, "/api/v1/applications/" + name, () -> events.add(name));
            int waiting = i + 1;
            await().until(() -> queued() == waiting);
        }

        release.countDown();

        await().until(() -> events.size() == 6);
        assertThat(events).containsExactly("first", "a", "b", "c", "d", "e");
        assertThat(active()).isZero();
    }

    @Test
    void answersBusyWithAProblemAndRetryAfterWhenNoTurnComesInTime() {
        AdmissionControl filter = admission(1, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        inBackground(filter, "/api/v1/applications", release::await);
        await().until(() -> active() == 1);

        MockHttpServletResponse response = pass(filter, "/api/v1/analytics/summary", () -> events.add("worked on"));
        release.countDown();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("type").asString()).isEqualTo("https://jobtracker.dev/problems/busy");
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(events).isEmpty();
        assertThat(meters.get("jobtracker.admission.rejected").counter().count())
                .isEqualTo(1);
    }

    @Test
    void probesAndMetricsNeverQueue() {
        AdmissionControl filter = admission(1, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        inBackground(filter, "/api/v1/applications", release::await);
        await().until(() -> active() == 1);

        MockHttpServletResponse liveness = pass(filter, "/actuator/health/liveness", () -> events.add("liveness"));
        MockHttpServletResponse metrics = pass(filter, "/actuator/prometheus", () -> events.add("metrics"));
        release.countDown();

        assertThat(liveness.getStatus()).isEqualTo(200);
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(events).containsExactly("liveness", "metrics");
    }

    @Test
    void aRequestWaitingOnSomethingElseLetsOthersIn() {
        AdmissionControl filter = admission(1, Duration.ofSeconds(2));
        CountDownLatch upstream = new CountDownLatch(1);
        CountDownLatch searching = new CountDownLatch(1);
        inBackground(filter, "/api/v1/jobs/external/aggregate", () -> {
            searching.countDown();
            Admission.whileWaiting(() -> upstream.await(30, java.util.concurrent.TimeUnit.SECONDS));
            events.add("search answered");
        });
        await().until(() -> searching.getCount() == 0 && active() == 0);

        MockHttpServletResponse list = pass(filter, "/api/v1/applications", () -> events.add("list answered"));
        upstream.countDown();

        assertThat(list.getStatus()).isEqualTo(200);
        await().until(() -> events.size() == 2);
        assertThat(events).containsExactly("list answered", "search answered");
    }

    @Test
    void aRequestBackFromWaitingQueuesForATurnAgain() {
        AdmissionControl filter = admission(1, Duration.ofSeconds(30));
        CountDownLatch upstream = new CountDownLatch(1);
        CountDownLatch listHolds = new CountDownLatch(1);
        inBackground(filter, "/api/v1/jobs/external/aggregate", () -> {
            events.add("search waits");
            Admission.whileWaiting(() -> upstream.await(30, java.util.concurrent.TimeUnit.SECONDS));
            events.add("search resumes");
        });
        await().until(() -> events.contains("search waits") && active() == 0);
        inBackground(filter, "/api/v1/applications", () -> {
            events.add("list in");
            listHolds.await();
            events.add("list out");
        });
        await().until(() -> events.contains("list in"));

        upstream.countDown();
        await().until(() -> queued() == 1);
        assertThat(events).containsExactly("search waits", "list in");
        listHolds.countDown();

        await().until(() -> events.size() == 4);
        assertThat(events).containsExactly("search waits", "list in", "list out", "search resumes");
        assertThat(active()).isZero();
    }

    @Test
    void nestedWaitsGiveTheTurnBackOnce() {
        AdmissionControl filter = admission(1, Duration.ofSeconds(2));

        MockHttpServletResponse response = pass(filter, "/api/v1/jobs/external/aggregate", () -> {
            String found = Admission.whileWaiting(() -> Admission.whileWaiting(() -> {
                events.add("turns in use while waiting: " + (int) active());
                return "found";
            }));
            events.add("turns in use after: " + (int) active() + " (" + found + ")");
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(events).containsExactly("turns in use while waiting: 0", "turns in use after: 1 (found)");
        assertThat(active()).isZero();
    }

    @Test
    void aFailingRequestGivesItsTurnBack() {
        AdmissionControl filter = admission(1, Duration.ofMillis(500));
        try {
            pass(filter, "/api/v1/applications", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            events.add("failed");
        }

        MockHttpServletResponse next = pass(filter, "/api/v1/applications", () -> events.add("next"));

        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(events).containsExactly("failed", "next");
        assertThat(active()).isZero();
    }

    @Test
    void zeroTurnsMeansNoLimit() {
        AdmissionControl filter = admission(0, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        inBackground(filter, "/api/v1/applications", () -> {
            events.add("first");
            release.await();
        });
        await().until(() -> events.contains("first"));

        MockHttpServletResponse second = pass(filter, "/api/v1/applications", () -> events.add("second"));
        release.countDown();

        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(events).containsExactly("first", "second");
    }

    @Test
    void waitingOutsideARequestJustWaits() {
        assertThat(Admission.whileWaiting(() -> "done")).isEqualTo("done");
    }
}

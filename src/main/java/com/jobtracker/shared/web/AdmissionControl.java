package com.jobtracker.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control: at most {@code jobtracker.admission.max-concurrent} requests are worked on at once, and the
 * others wait for their turn in arrival order. On a saturated machine this is what keeps the slowest requests close
 * to the typical one: with every request in flight competing for the cores, the schedulers let some overtake others
 * by tens of milliseconds (docs/benchmarks.md has the figures). A request that waits longer than
 * {@code max-queue-wait} is answered 503 with Retry-After. Probes and metrics under {@code /actuator} skip the
 * queue, so a busy instance is not mistaken for a dead one.
 *
 * <p>It sits inside the request-metrics filter, so {@code http.server.requests} includes the wait, and before
 * security, so checking a token is part of the limited work. Metrics: {@code jobtracker.admission.active} and
 * {@code .queued} (gauges), {@code .wait} (timer), {@code .rejected} (counter).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AdmissionControl extends OncePerRequestFilter {

    private static final String BUSY = "{\"type\":\"https://jobtracker.dev/problems/busy\",\"title\":\"Service"
            + " Unavailable\",\"status\":503,\"detail\":\"The service is busy right now. Please try again in a"
            + " moment.\"}";

    private final int limit;
    private final long maxWaitNanos;
    private final Semaphore turns;
    private final Timer waits;
    private final Counter rejected;

    AdmissionControl(AdmissionProperties settings, MeterRegistry meters) {
        this.limit = settings.turns();
        this.maxWaitNanos = settings.maxQueueWait().toNanos();
        this.turns = new Semaphore(limit, true);
        this.waits = Timer.builder("jobtracker.admission.wait")
                .description("Time requests waited for their turn")
                .register(meters);
        this.rejected = Counter.builder("jobtracker.admission.rejected")
                .description("Requests answered 503 because their turn did not come in time")
                .register(meters);
        Gauge.builder("jobtracker.admission.active", turns, t -> limit - t.availablePermits())
                .description("Requests being worked on")
                .register(meters);
        Gauge.builder("jobtracker.admission.queued", turns, Semaphore::getQueueLength)
                .description("Requests waiting for their turn")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limit == 0 || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!awaitTurn()) {
            rejected.increment();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(BUSY);
            return;
        }
        Admission.Turn turn = new Admission.Turn(turns);
        try {
            ScopedValue.where(Admission.TURN, turn).call(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            turn.end();
        }
    }

    private boolean awaitTurn() {
        long started = System.nanoTime();
        try {
            // fair semaphore: a timed tryAcquire queues behind earlier waiters instead of barging
            return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waits.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}

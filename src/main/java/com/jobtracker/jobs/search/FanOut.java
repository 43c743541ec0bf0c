package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch.SourceStatus;
import com.jobtracker.jobs.provider.JobProvider;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderQuery;
import com.jobtracker.shared.web.Admission;
import com.jobtracker.shared.web.RequestIds;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every enabled provider at once, one virtual thread each, and waits for each no longer than its own deadline
 * (measured from the start of the fan-out), so the whole takes about as long as the slowest provider within its
 * deadline. Each provider sits behind a circuit breaker: after repeated failures it is skipped for a while instead
 * of costing its full timeout on every search. The caller's request id travels into the provider threads (logging
 * context and {@code X-Request-Id} on the outgoing calls). Metrics: {@code jobtracker.jobs.provider.calls} (timer per
 * provider and outcome {@code ok|error|timeout|skipped}) and {@code jobtracker.jobs.provider.circuit} (gauge per
 * provider: 0 closed, 1 half-open, 2 open, 3 other).
 */
final class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CircuitBreakerRegistry breakers;
    private final MeterRegistry meters;

    FanOut(MeterRegistry meters, List<String> providers) {
        this.meters = meters;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        for (String provider : providers) {
            CircuitBreaker breaker = breakers.circuitBreaker(provider);
            Gauge.builder("jobtracker.jobs.provider.circuit", breaker, FanOut::stateCode)
                    .description("Circuit breaker state: 0 closed, 1 half-open, 2 open, 3 other")
                    .tag("provider", provider)
                    .register(meters);
        }
    }

    private static double stateCode(CircuitBreaker breaker) {
        return switch (breaker.getState()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
            default -> 3;
        };
    }

    private void record(String provider, String outcome, long nanos) {
        Timer.builder("jobtracker.jobs.provider.calls")
                .description("Provider calls in a search fan-out, by outcome")
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    record Outcome(List<Job> jobs, List<SourceStatus> sources) {

        boolean anySucceeded() {
            return sources.stream().anyMatch(source -> source.status().equals("ok"));
        }

        boolean anyEnabled() {
            return sources.stream().anyMatch(source -> !source.status().equals("disabled"));
        }
    }

    private record Call(JobProvider provider, CircuitBreaker breaker, CompletableFuture<List<Job>> result) {}

    Outcome run(List<JobProvider> providers, ProviderQuery query) {
        long started = System.nanoTime();
        List<SourceStatus> sources = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (JobProvider provider : providers) {
            String disabled = provider.disabledBecause();
            if (disabled != null) {
                sources.add(new SourceStatus(provider.name(), "disabled", "not configured: " + disabled, 0, null));
                continue;
            }
            CircuitBreaker breaker = breakers.circuitBreaker(provider.name());
            if (!breaker.tryAcquirePermission()) {
                record(provider.name(), "skipped", 0);
                sources.add(new SourceStatus(
                        provider.name(), "error", "skipped after repeated failures; retried shortly", 0, null));
                continue;
            }
            calls.add(new Call(
                    provider,
                    breaker,
                    CompletableFuture.supplyAsync(RequestIds.carry(() -> provider.search(query)), threads)));
        }
        // The providers work on threads of their own; this request only waits, and lets others work meanwhile.
        List<Job> jobs = Admission.whileWaiting(() -> collect(calls, started, sources));
        return new Outcome(jobs, sources);
    }

    private List<Job> collect(List<Call> calls, long started, List<SourceStatus> sources) {
        List<Job> jobs = new ArrayList<>();
        for (Call call : calls) {
            String name = call.provider().name();
            long remaining = call.provider().timeout().toNanos() - (System.nanoTime() - started);
            try {
                List<Job> found = call.result().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
                long took = System.nanoTime() - started;
                call.breaker().onSuccess(took, TimeUnit.NANOSECONDS);
                record(name, "ok", took);
                jobs.addAll(found);
                sources.add(new SourceStatus(name, "ok", null, found.size(), TimeUnit.NANOSECONDS.toMillis(took)));
            } catch (TimeoutException e) {
                call.result().cancel(true);
                failed(call.breaker(), name, "upstream timed out", e, started, sources);
                record(name, "timeout", System.nanoTime() - started);
            } catch (ExecutionException e) {
                String message = e.getCause() instanceof ProviderFailure failure
                        ? failure.getMessage()
                        : "upstream returned invalid data";
                failed(call.breaker(), name, message, e.getCause(), started, sources);
                record(name, "error", System.nanoTime() - started);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(call.breaker(), name, "search interrupted", e, started, sources);
            }
        }
        return jobs;
    }

    private static void failed(
            CircuitBreaker breaker,
            String name,
            String message,
            Throwable cause,
            long started,
            List<SourceStatus> sources) {
        long took = System.nanoTime() - started;
        breaker.onError(took, TimeUnit.NANOSECONDS, cause);
        log.info("Provider {} failed: {} ({})", name, message, cause.toString());
        sources.add(new SourceStatus(name, "error", message, 0, TimeUnit.NANOSECONDS.toMillis(took)));
    }
}

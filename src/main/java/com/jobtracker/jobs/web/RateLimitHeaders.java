package com.jobtracker.jobs.web;

import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;

/**
 * The wire format of draft-ietf-httpapi-ratelimit-headers (-10/-11): {@code RateLimit-Policy: "hourly";q=100;w=3600}
 * and {@code RateLimit: "hourly";r=37;t=1420}. The draft has renamed its headers before, so they live here only.
 */
final class RateLimitHeaders {

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    private static final String NAME = "\"hourly\"";

    private RateLimitHeaders() {}

    static String policy(int limit) {
        return NAME + ";q=" + limit + ";w=3600";
    }

    static String state(ConsumptionProbe probe) {
        return NAME + ";r=" + probe.getRemainingTokens() + ";t=" + secondsUntilMore(probe);
    }

    /** Seconds until the client may try again: never earlier than the state header's {@code t}. */
    static long retryAfter(ConsumptionProbe probe) {
        return Math.max(1, secondsUntilMore(probe));
    }

    private static long secondsUntilMore(ConsumptionProbe probe) {
        long nanos = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}

package com.jobtracker.jobs.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** A per-user budget of requests; in-process or in Redis (shared by every instance). */
interface RateLimiter {

    ConsumptionProbe tryConsume(String userId);

    int limit();

    /**
     * Window-like semantics: the full budget comes back an hour after the window's first request, rather than a
     * token every 36 s. It is what "100 requests per hour" reads like to a person, and what the headers describe.
     */
    static BucketConfiguration hourly(int limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, Duration.ofHours(1)))
                .build();
    }
}

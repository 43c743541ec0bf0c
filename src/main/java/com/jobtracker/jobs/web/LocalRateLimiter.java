package com.jobtracker.jobs.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Buckets in this JVM, for a single instance without Redis. Idle buckets are dropped after the window. */
final class LocalRateLimiter implements RateLimiter {

    private final int limit;
    private final BucketConfiguration configuration;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).build();

    LocalRateLimiter(int limit) {
        this.limit = limit;
        this.configuration = RateLimiter.hourly(limit);
    }

    @Override
    public ConsumptionProbe tryConsume(String userId) {
        return buckets.get(
                        userId,
                        ignored -> Bucket.builder()
                                .addLimit(configuration.getBandwidths()[0])
                                .build())
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public int limit() {
        return limit;
    }
}

package com.jobtracker.jobs.web;

import com.jobtracker.jobs.redis.JobsRedis;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, so every instance spends from the same per-user budget. Bucket4j updates them by compare-and-swap
 * in Lua; keys expire once a bucket would be full again. If Redis fails, requests are let through (and logged):
 * these endpoints only read, and the providers have their own limits and breakers.
 */
final class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    private final int limit;
    private final String prefix;
    private final BucketConfiguration configuration;
    private final ProxyManager<String> buckets;

    RedisRateLimiter(JobsRedis redis, int limit, String prefix) {
        this.limit = limit;
        this.prefix = prefix;
        this.configuration = RateLimiter.hourly(limit);
        this.buckets = Bucket4jLettuce.casBasedBuilder(redis.bucketConnection())
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String userId) {
        try {
            return buckets.builder()
                    .build(prefix + "ratelimit:" + userId, () -> configuration)
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            log.error("Rate limit store unavailable, letting the request through: {}", e.toString());
            return ConsumptionProbe.consumed(limit, Duration.ofHours(1).toNanos());
        }
    }

    @Override
    public int limit() {
        return limit;
    }
}

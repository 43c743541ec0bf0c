package com.jobtracker.jobs.web;

import com.jobtracker.shared.redis.SharedRedis;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Buckets in Redis, so every instance spends from the same per-user budget. Bucket4j updates them by compare-and-swap
 * in Lua; keys expire once a bucket would be full again. While Redis is unreachable each instance counts in its own
 * in-process buckets (the documented local policy: the same budget per user and instance), so a user can spend at
 * most the budget times the number of instances during an outage instead of without limit. Every request tries
 * Redis first, so the shared budget is back as soon as Redis is.
 */
final class RedisRateLimiter implements RateLimiter {

    private final SharedRedis redis;
    private final int limit;
    private final String prefix;
    private final BucketConfiguration configuration;
    private final LocalRateLimiter fallback;
    private volatile @Nullable ProxyManager<String> buckets;

    RedisRateLimiter(SharedRedis redis, int limit, String prefix) {
        this.redis = redis;
        this.limit = limit;
        this.prefix = prefix;
        this.configuration = RateLimiter.hourly(limit);
        this.fallback = new LocalRateLimiter(limit);
    }

    @Override
    public ConsumptionProbe tryConsume(String userId) {
        try {
            ConsumptionProbe probe = buckets()
                    .builder()
                    .build(prefix + "ratelimit:" + userId, () -> configuration)
                    .tryConsumeAndReturnRemaining(1);
            redis.recovered();
            return probe;
        } catch (RuntimeException e) {
            redis.fellBack("rate-limit", e);
            return fallback.tryConsume(userId);
        }
    }

    /** Built on first use: the connection may only exist once Redis has been reached. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> manager = buckets;
        if (manager == null) {
            manager = Bucket4jLettuce.casBasedBuilder(redis.bytesConnection())
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    .build();
            buckets = manager;
        }
        return manager;
    }

    @Override
    public int limit() {
        return limit;
    }
}

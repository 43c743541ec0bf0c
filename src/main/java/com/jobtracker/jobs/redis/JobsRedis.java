package com.jobtracker.jobs.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * The module's Redis connections, present only when {@code spring.data.redis.url} ({@code SPRING_DATA_REDIS_URL}) is
 * set: the search cache, the single-flight lock and the rate-limit buckets then live in Redis, so several instances
 * share them. Lettuce connections are thread-safe and multiplexed, so one of each kind is enough.
 */
public final class JobsRedis implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> strings;
    private final StatefulRedisConnection<String, byte[]> buckets;

    public JobsRedis(String url) {
        this.client = RedisClient.create(url);
        client.setDefaultTimeout(Duration.ofSeconds(2));
        this.strings = client.connect();
        this.buckets = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    public RedisCommands<String, String> commands() {
        return strings.sync();
    }

    public StatefulRedisConnection<String, byte[]> bucketConnection() {
        return buckets;
    }

    @Override
    public void close() {
        strings.close();
        buckets.close();
        client.shutdown();
    }
}

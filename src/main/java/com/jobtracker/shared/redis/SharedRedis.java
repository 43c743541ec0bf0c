package com.jobtracker.shared.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's Redis, present only when {@code spring.data.redis.url} is set. Nothing connects at start-up: the
 * first use connects, and while Redis is unreachable a new attempt is made at most once per {@link #RETRY_EVERY},
 * so the application starts and serves with Redis down. Once connected, Lettuce reconnects by itself (backing off to
 * at most two seconds) and rejects commands at once while disconnected, so callers fall back without waiting for a
 * timeout. Lettuce connections are thread-safe and multiplexed: one per codec is enough.
 *
 * <p>Callers report a failure with {@link #fellBack}: it is counted ({@code jobtracker.redis.fallbacks}) and logged
 * once per outage (at warn), and the recovery is logged when Redis answers again.
 */
public final class SharedRedis implements AutoCloseable {

    static final Duration RETRY_EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SharedRedis.class);

    private final RedisClient client;
    private final ClientResources resources;
    private final MeterRegistry meters;
    private final AtomicBoolean healthy = new AtomicBoolean(true);
    private volatile @Nullable StatefulRedisConnection<String, String> strings;
    private volatile @Nullable StatefulRedisConnection<String, byte[]> bytes;
    private volatile long nextAttempt;

    public SharedRedis(String url, MeterRegistry meters) {
        this.meters = meters;
        this.resources = ClientResources.builder()
                .reconnectDelay(
                        Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, url);
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(1))
                        .build())
                .build());
    }

    /** Synchronous string commands; throws a {@link io.lettuce.core.RedisException} while Redis is unreachable. */
    public RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> connection = strings;
        if (connection == null) {
            connect();
            connection = strings;
        }
        return connection.sync();
    }

    /** A connection with byte-array values (Bucket4j's buckets); the same object for the life of the application. */
    public StatefulRedisConnection<String, byte[]> bytesConnection() {
        StatefulRedisConnection<String, byte[]> connection = bytes;
        if (connection == null) {
            connect();
            connection = bytes;
        }
        return connection;
    }

    /** Whether a command sent now would reach Redis (connected and answering a PING). */
    public boolean reachable() {
        try {
            boolean pong = "PONG".equals(commands().ping());
            if (pong) {
                recovered();
            }
            return pong;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Counts and logs that {@code feature} worked without Redis because of {@code failure}. */
    public void fellBack(String feature, Throwable failure) {
        Counter.builder("jobtracker.redis.fallbacks")
                .description("Operations that fell back to their Redis-down policy")
                .tag("feature", feature)
                .register(meters)
                .increment();
        if (healthy.compareAndSet(true, false)) {
            log.warn(
                    "Redis unavailable, {} falls back to its local policy until it returns: {}",
                    feature,
                    failure.toString());
        } else {
            log.debug("Redis still unavailable ({}): {}", feature, failure.toString());
        }
    }

    /** Called after a successful command, so the end of an outage is logged once. */
    public void recovered() {
        if (healthy.compareAndSet(false, true)) {
            log.info("Redis is reachable again; shared state is used again");
        }
    }

    private synchronized void connect() {
        if (strings != null) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextAttempt < 0) {
            throw new RedisConnectionException("Redis unreachable; next connection attempt in under " + RETRY_EVERY);
        }
        nextAttempt = now + RETRY_EVERY.toNanos();
        StatefulRedisConnection<String, String> text = client.connect();
        try {
            bytes = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            text.close();
            throw e;
        }
        strings = text;
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> text = strings;
        StatefulRedisConnection<String, byte[]> binary = bytes;
        if (text != null) {
            text.close();
        }
        if (binary != null) {
            binary.close();
        }
        client.shutdown();
        resources.shutdown();
    }
}

package com.jobtracker.jobs.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobtracker.jobs.Job;
import com.jobtracker.shared.redis.SharedRedis;
import com.jobtracker.shared.web.Admission;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cache in Redis, shared by every instance. Coalescing happens twice: identical misses inside one JVM share one
 * future, and across instances a {@code SET NX PX} lock lets one instance fetch while the others wait for its entry.
 * When Redis fails, the search goes on uncached (counted and logged as a fallback) rather than failing the request,
 * and the next operation tries Redis again, so the cache comes back without a restart.
 * A few seconds of in-process copy (L1) in front of Redis spares every cache hit a round trip and a JSON parse;
 * entries are immutable snapshots, so the only cost is that another instance's refresh shows up seconds later.
 */
final class RedisSearchCache implements SearchCache {

    private static final Logger log = LoggerFactory.getLogger(RedisSearchCache.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration L1_TTL = Duration.ofSeconds(5);

    private final SharedRedis redis;
    private final String prefix;
    private final Clock clock;
    private final Map<String, CompletableFuture<CachedSearch>> inFlight = new ConcurrentHashMap<>();
    private final Cache<String, CachedSearch> local =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(L1_TTL).build();

    RedisSearchCache(SharedRedis redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public @Nullable CachedSearch get(String key) {
        CachedSearch copy = local.getIfPresent(key);
        if (copy != null) {
            return copy;
        }
        CachedSearch shared = fromRedis(key);
        if (shared != null) {
            local.put(key, shared);
        }
        return shared;
    }

    private @Nullable CachedSearch fromRedis(String key) {
        try {
            String value = redis.commands().get(prefix + "search:" + hash(key));
            redis.recovered();
            return value == null ? null : JSON.readValue(value, CachedSearch.class);
        } catch (RedisException | JacksonException e) {
            redis.fellBack("search-cache", e);
            return null;
        }
    }

    @Override
    public void put(String key, CachedSearch search, Duration keepFor) {
        local.put(key, search);
        try {
            redis.commands()
                    .set(
                            prefix + "search:" + hash(key),
                            JSON.writeValueAsString(search),
                            SetArgs.Builder.px(keepFor.toMillis()));
        } catch (RedisException e) {
            redis.fellBack("search-cache", e);
        }
    }

    @Override
    public void remember(Collection<Job> jobs, Duration keepFor) {
        try {
            for (Job job : jobs) {
                redis.commands()
                        .set(
                                prefix + "job:" + job.id(),
                                JSON.writeValueAsString(job),
                                SetArgs.Builder.px(keepFor.toMillis()));
            }
        } catch (RedisException e) {
            redis.fellBack("job-index", e);
        }
    }

    @Override
    public @Nullable Job job(String id) {
        try {
            String value = redis.commands().get(prefix + "job:" + id);
            return value == null ? null : JSON.readValue(value, Job.class);
        } catch (RedisException | JacksonException e) {
            redis.fellBack("job-index", e);
            return null;
        }
    }

    @Override
    public CachedSearch singleFlight(String key, Duration wait, Supplier<CachedSearch> fetch) {
        CompletableFuture<CachedSearch> mine = new CompletableFuture<>();
        CompletableFuture<CachedSearch> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return SingleFlight.await(running);
        }
        try {
            CachedSearch result = acrossInstances(key, wait, fetch);
            mine.complete(result);
            return result;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private CachedSearch acrossInstances(String key, Duration wait, Supplier<CachedSearch> fetch) {
        String lock = prefix + "lock:" + hash(key);
        String token = UUID.randomUUID().toString();
        Instant started = clock.instant();
        boolean locked;
        try {
            locked = "OK"
                    .equals(redis.commands()
                            .set(
                                    lock,
                                    token,
                                    SetArgs.Builder.nx().px(wait.plusSeconds(2).toMillis())));
        } catch (RedisException e) {
            redis.fellBack("single-flight", e);
            return fetch.get();
        }
        if (locked) {
            try {
                return fetch.get();
            } finally {
                release(lock, token);
            }
        }
        // another instance is searching: wait for its result without holding this request's turn
        CachedSearch theirs = Admission.whileWaiting(() -> awaitOtherInstance(key, started, wait));
        return theirs != null ? theirs : fetch.get();
    }

    private @Nullable CachedSearch awaitOtherInstance(String key, Instant started, Duration wait) {
        long deadline = System.nanoTime() + wait.plusSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            CachedSearch cached = fromRedis(key);
            if (cached != null && !cached.fetchedAt().isBefore(started.minusSeconds(1))) {
                return cached;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }

    private void release(String lock, String token) {
        try {
            if (token.equals(redis.commands().get(lock))) {
                redis.commands().del(lock);
            }
        } catch (RedisException e) {
            log.warn("Single-flight lock not released (it expires by itself): {}", e.toString());
        }
    }

    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.jobtracker.jobs.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobtracker.jobs.Job;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** In-process cache for a single instance (no Redis configured). */
final class LocalSearchCache implements SearchCache {

    private final Cache<String, CachedSearch> searches;
    private final Cache<String, Job> jobs;
    private final Map<String, CompletableFuture<CachedSearch>> inFlight = new ConcurrentHashMap<>();

    LocalSearchCache(Duration keepFor) {
        this.searches = Caffeine.newBuilder()
                .maximumSize(5_000)
                .expireAfterWrite(keepFor)
                .build();
        this.jobs = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(keepFor)
                .build();
    }

    @Override
    public @Nullable CachedSearch get(String key) {
        return searches.getIfPresent(key);
    }

    @Override
    public void put(String key, CachedSearch search, Duration keepFor) {
        searches.put(key, search);
    }

    @Override
    public void remember(Collection<Job> found, Duration keepFor) {
        found.forEach(job -> jobs.put(job.id(), job));
    }

    @Override
    public @Nullable Job job(String id) {
        return jobs.getIfPresent(id);
    }

    @Override
    public CachedSearch singleFlight(String key, Duration wait, Supplier<CachedSearch> fetch) {
        CompletableFuture<CachedSearch> mine = new CompletableFuture<>();
        CompletableFuture<CachedSearch> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return SingleFlight.await(running);
        }
        try {
            CachedSearch result = fetch.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }
}

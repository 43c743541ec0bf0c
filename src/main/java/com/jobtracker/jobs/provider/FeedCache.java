package com.jobtracker.jobs.provider;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps a keyless board's whole feed for {@code ttl}. Those boards ignore search terms, so one fetch serves every
 * query; Remotive asks for at most about four fetches a day. A zero ttl fetches every time.
 */
public final class FeedCache<T> {

    private final Duration ttl;
    private final Cache<String, List<T>> feeds;

    public FeedCache(Duration ttl) {
        this.ttl = ttl;
        this.feeds = Caffeine.newBuilder()
                .maximumSize(500)
                .expireAfterWrite(ttl.isZero() ? Duration.ofNanos(1) : ttl)
                .build();
    }

    public List<T> get(String key, Supplier<List<T>> fetch) {
        if (ttl.isZero()) {
            return fetch.get();
        }
        return feeds.get(key, ignored -> List.copyOf(fetch.get()));
    }
}

package com.jobtracker.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Searches every enabled board (or the named ones) for a query, merged and de-duplicated, from the one-hour cache
 * when it can. Never fails because one board does; {@link SearchResult#sources()} tells what each one did.
 */
public interface JobSearch {

    SearchResult search(Query query);

    /**
     * Like {@link #search}, but never answers from a stale cache entry nor from one fetched at or before
     * {@code fetchedAfter}; it waits for a fetch instead (shared with identical concurrent fetches). For background
     * work that must see data newer than what it already processed, such as saved-search alerts.
     */
    SearchResult searchFetchedAfter(Query query, Instant fetchedAfter);

    /** The cached result for a query while it is fresh; never calls a board. */
    Optional<SearchResult> cached(Query query);

    /** The normalised jobs for a query across all enabled boards. */
    default List<Job> jobs(String query, @Nullable String location) {
        return search(new Query(query, location, Set.of())).jobs();
    }

    /** {@code sources} empty means every enabled provider. */
    record Query(String text, @Nullable String location, Set<String> sources) {}

    /** {@code status} is ok, error or disabled. */
    record SourceStatus(
            String name,
            String status,
            @Nullable String error,
            int count,
            @Nullable Long latencyMs) {}

    record SearchResult(List<Job> jobs, List<SourceStatus> sources, boolean cached, boolean stale, Instant fetchedAt) {}
}

package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where searches, single-flight locks and recently seen jobs are kept: in-process, or in Redis so that every instance
 * shares them. Keys hold only the normalised query, never anything about the user.
 */
public interface SearchCache {

    @Nullable
    CachedSearch get(String key);

    void put(String key, CachedSearch search, Duration keepFor);

    /** Recently seen jobs by id, so that a job can be saved by its id alone. */
    void remember(Collection<Job> jobs, Duration keepFor);

    @Nullable
    Job job(String id);

    /**
     * Runs {@code fetch} unless another caller is already fetching {@code key}, in which case this one waits for that
     * result. Locally that is one shared future; with Redis also one lock across instances.
     */
    CachedSearch singleFlight(String key, Duration wait, Supplier<CachedSearch> fetch);
}

package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a saved search looks for: the aggregate search's query and filters. The query and location go to the boards
 * (and name the cache entry, so searches alike share one fetch); the filters are applied to the merged result, as
 * {@code GET /jobs/external/aggregate} does.
 */
record SearchCriteria(
        String query,
        @Nullable String location,
        @Nullable Boolean remote,
        @Nullable String employmentType,
        @Nullable Integer postedWithinDays) {

    JobSearch.Query toQuery() {
        return new JobSearch.Query(query, location, Set.of());
    }

    boolean matches(Job job, Instant now) {
        if (remote != null && job.isRemote() != remote) {
            return false;
        }
        if (employmentType != null && !employmentType.equals(job.employmentType())) {
            return false;
        }
        if (postedWithinDays == null) {
            return true;
        }
        return job.postedAt() != null && !job.postedAt().isBefore(now.minus(Duration.ofDays(postedWithinDays)));
    }
}

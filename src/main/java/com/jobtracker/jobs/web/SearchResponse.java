package com.jobtracker.jobs.web;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * A page of search results and how each source fared. {@code cached}: served from the cache; {@code stale}: older
 * than the cache's freshness, served while a refresh runs.
 */
record SearchResponse(
        List<Job> items,
        int page,
        int limit,
        long total,
        boolean hasMore,
        boolean cached,
        boolean stale,
        Instant fetchedAt,
        List<SourceStatus> sources) {}

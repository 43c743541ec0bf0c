package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch.SourceStatus;
import java.time.Instant;
import java.util.List;

/** A search's merged result as cached: fresh until {@code freshUntil}, then served stale while it is refreshed. */
public record CachedSearch(List<Job> jobs, List<SourceStatus> sources, Instant fetchedAt, Instant freshUntil) {}

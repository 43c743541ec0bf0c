package com.jobtracker.jobs.saved;

import com.jobtracker.jobs.Job;
import java.time.Instant;
import java.util.UUID;

/** A job a user saved, with the snapshot taken when they saved it (it outlives the search cache). */
public record SavedJob(UUID id, String jobId, Job job, Instant savedAt) {}

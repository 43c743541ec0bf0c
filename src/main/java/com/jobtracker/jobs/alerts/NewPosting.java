package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.Job;
import java.time.Instant;

/** A posting a run found that no earlier run of the search had seen, as it looked then. */
record NewPosting(String jobId, Instant foundAt, Job job) {}

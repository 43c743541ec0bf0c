package com.jobtracker.jobs.web;

import com.jobtracker.jobs.Job;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A job as a client sends it to be saved: the Job JSON, where every field may be missing. */
record SaveJobRequest(
        @Nullable String id,
        @Nullable String title,
        @Nullable String companyName,
        @Nullable String companyDomain,
        @Nullable String companyLogoUrl,
        @Nullable String location,
        @Nullable Boolean isRemote,
        @Nullable String employmentType,
        @Nullable Instant postedAt,
        Job.@Nullable Salary salary,
        @Nullable String description,
        @Nullable String applyUrl,
        @Nullable List<Job.ApplyLink> applyLinks,
        @Nullable String source,
        @Nullable List<String> sources,
        @Nullable String sourceUrl) {}

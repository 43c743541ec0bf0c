package com.jobtracker.applications;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request that passed {@link ApplicationRules}: typed, trimmed, defaults applied. */
record ApplicationFields(
        String companyName,
        String roleTitle,
        ApplicationStatus status,
        LocalDate appliedDate,
        ApplicationSource source,
        @Nullable String jobUrl,
        @Nullable String location,
        @Nullable String notes,
        @Nullable String jobId,
        @Nullable LocalDate nextActionDate) {}

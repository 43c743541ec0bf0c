package com.jobtracker.jobs.alerts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A saved search as the API shows it; {@code newCount} is how many new postings wait to be seen. */
record SavedSearchView(
        UUID id,
        String name,
        String query,
        @Nullable String location,
        @Nullable Boolean remote,
        @Nullable String employmentType,
        @Nullable Integer postedWithinDays,
        boolean emailAlerts,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastRunAt,
        long newCount) {}

package com.jobtracker.jobs.alerts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of saved-search alerts, under {@code jobtracker.alerts}. {@code cron} says how often due searches are
 * looked for (read by the {@code @Recurring} annotation; {@code -} switches the schedule off); {@code minInterval} is
 * how long after its last run a search is due again, a little under the cron period so that a run that finished a
 * few seconds late is not skipped a whole period. {@code forgetAfter}: a posting absent that long counts as new when
 * it comes back (a repost).
 */
@Validated
@ConfigurationProperties("jobtracker.alerts")
record AlertsProperties(
        @DefaultValue("0 * * * *") String cron,
        @DefaultValue("50m") Duration minInterval,
        @DefaultValue("20") @Min(1) @Max(1000) int maxSearchesPerUser,
        @DefaultValue("500") @Min(1) @Max(10_000) int maxNewPerSearch,
        @DefaultValue("30d") Duration forgetAfter,
        @DefaultValue("10") @Min(1) @Max(100) int mailListed) {}

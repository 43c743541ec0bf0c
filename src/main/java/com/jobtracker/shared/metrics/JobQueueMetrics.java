package com.jobtracker.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code jobtracker.background.jobs{state=enqueued|scheduled|processing|failed}}: JobRunr's queue as gauges, read from its
 * tables (shared by every instance, so each instance reports the cluster's queue). One query serves all states of a
 * scrape: the stats are kept for a few seconds.
 */
@Component
class JobQueueMetrics {

    private static final long KEEP_NANOS = 5_000_000_000L;

    private final ObjectProvider<StorageProvider> storage;
    private volatile JobStats stats = JobStats.empty();
    private volatile long readAt;

    JobQueueMetrics(ObjectProvider<StorageProvider> storage, MeterRegistry meters) {
        this.storage = storage;
        register(meters, "enqueued", JobStats::getEnqueued);
        register(meters, "scheduled", JobStats::getScheduled);
        register(meters, "processing", JobStats::getProcessing);
        register(meters, "failed", JobStats::getFailed);
    }

    private void register(MeterRegistry meters, String state, Function<JobStats, Long> value) {
        Gauge.builder("jobtracker.background.jobs", this, metrics -> {
                    Long count = value.apply(metrics.current());
                    return count == null ? 0 : count;
                })
                .description("Background jobs (JobRunr) by state")
                .tag("state", state)
                .register(meters);
    }

    private synchronized JobStats current() {
        long now = System.nanoTime();
        if (readAt == 0 || now - readAt > KEEP_NANOS) {
            StorageProvider provider = storage.getIfAvailable();
            if (provider != null) {
                stats = provider.getJobStats();
                readAt = now;
            }
        }
        return stats;
    }
}

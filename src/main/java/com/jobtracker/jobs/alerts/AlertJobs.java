package com.jobtracker.jobs.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.stereotype.Component;

/**
 * Alert runs on JobRunr: a recurring job (one execution per trigger across all instances) enqueues one job per due
 * search, so a search whose run fails is retried on its own and the work spreads over every instance's workers.
 * Public because JobRunr calls these reflectively.
 */
@Component
public class AlertJobs {

    private final SavedSearches searches;
    private final JobRequestScheduler scheduler;
    private final Clock clock;
    private final AlertsProperties properties;

    AlertJobs(SavedSearches searches, JobRequestScheduler scheduler, Clock clock, AlertsProperties properties) {
        this.searches = searches;
        this.scheduler = scheduler;
        this.clock = clock;
        this.properties = properties;
    }

    @Recurring(id = "saved-search-alerts", cron = "${jobtracker.alerts.cron:0 * * * *}")
    @Job(name = "Enqueue due saved-search runs")
    public int enqueueDueSearches() {
        Instant cutoff = clock.instant().minus(properties.minInterval());
        List<UUID> due = searches.due(cutoff);
        // The cutoff travels with the job: should the same search be enqueued twice, the second one sees it ran.
        scheduler.enqueue(due.stream().map(id -> new RunSavedSearch(id, cutoff)));
        return due.size();
    }

    /** Run {@code searchId} unless it already ran after {@code notRunSince}. */
    public record RunSavedSearch(UUID searchId, Instant notRunSince) implements JobRequest {
        @Override
        public Class<RunSavedSearchHandler> getJobRequestHandler() {
            return RunSavedSearchHandler.class;
        }
    }

    @Component
    public static class RunSavedSearchHandler implements JobRequestHandler<RunSavedSearch> {

        private final AlertRunner runner;

        RunSavedSearchHandler(AlertRunner runner) {
            this.runner = runner;
        }

        @Override
        @Job(name = "Run a saved search", retries = 2)
        public void run(RunSavedSearch request) {
            runner.run(request.searchId(), request.notRunSince());
        }
    }
}

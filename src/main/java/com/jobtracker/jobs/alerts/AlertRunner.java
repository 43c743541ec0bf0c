package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of a saved search. It calls {@link JobSearch} directly, not the HTTP endpoint, so it never counts against
 * the person's hourly search budget; it accepts a cached result only if that was fetched after the data the previous
 * run recorded, so many searches for the same query share one fetch per period and no run re-reads old data.
 */
@Component
class AlertRunner {

    private static final Logger log = LoggerFactory.getLogger(AlertRunner.class);

    private final SavedSearches searches;
    private final JobSearch jobSearch;
    private final RunRecorder recorder;
    private final AlertMail mail;
    private final Clock clock;

    AlertRunner(SavedSearches searches, JobSearch jobSearch, RunRecorder recorder, AlertMail mail, Clock clock) {
        this.searches = searches;
        this.jobSearch = jobSearch;
        this.recorder = recorder;
        this.mail = mail;
        this.clock = clock;
    }

    /** Runs the search unless it was deleted or already ran after {@code notRunSince} (a duplicate enqueue). */
    RunRecorder.Outcome run(UUID searchId, Instant notRunSince) {
        SavedSearches.RunState state = searches.runState(searchId).orElse(null);
        if (state == null || (state.lastRunAt() != null && state.lastRunAt().isAfter(notRunSince))) {
            return RunRecorder.Outcome.SKIPPED;
        }
        // Stored times have microseconds; anything fetched within the recorded microsecond is the same data.
        Instant newerThan = state.lastFetchedAt() == null
                ? Instant.EPOCH
                : state.lastFetchedAt().plus(1, ChronoUnit.MICROS).minusNanos(1);
        JobSearch.SearchResult result =
                jobSearch.searchFetchedAfter(state.criteria().toQuery(), newerThan);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Job> matching = result.jobs().stream()
                .filter(job -> state.criteria().matches(job, now))
                .toList();
        RunRecorder.Outcome outcome = recorder.record(searchId, state.revision(), matching, result.fetchedAt(), now);
        int mailed = mail.sendPending(state.userId(), searchId);
        log.debug(
                "Saved search {} ran: {} matching, {} new, baseline {}, {} mailed",
                searchId,
                matching.size(),
                outcome.newPostings(),
                outcome.baseline(),
                mailed);
        return outcome;
    }

    /**
     * Takes the baseline of a new (or changed) search from the search cache when it holds a fresh result for the
     * query, typically the results the person was looking at when saving. No board is called, so saving searches
     * cannot be used to search around the rate limit; without a cached result the first scheduled run takes it.
     */
    void baselineFromCache(UUID searchId) {
        SavedSearches.RunState state = searches.runState(searchId).orElse(null);
        if (state == null || state.lastRunAt() != null) {
            return;
        }
        jobSearch.cached(state.criteria().toQuery()).ifPresent(result -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Job> matching = result.jobs().stream()
                    .filter(job -> state.criteria().matches(job, now))
                    .toList();
            recorder.record(searchId, state.revision(), matching, result.fetchedAt(), now);
        });
    }
}

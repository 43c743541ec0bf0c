package com.jobtracker.jobs.alerts;

import com.jobtracker.auth.CurrentUser;
import com.jobtracker.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(SavedSearchesController.BASE)
@Tag(name = "Saved searches", description = "Searches re-run on a schedule; new postings listed and optionally emailed")
class SavedSearchesController {

    static final String BASE = "/api/v1/jobs/searches";

    private final SavedSearches searches;
    private final NewPostings postings;
    private final AlertRunner runner;
    private final Clock clock;

    SavedSearchesController(SavedSearches searches, NewPostings postings, AlertRunner runner, Clock clock) {
        this.searches = searches;
        this.postings = postings;
        this.runner = runner;
        this.clock = clock;
    }

    @PostMapping
    @Operation(
            summary = "Save a search",
            description = "201 with Location. The criteria are those of /jobs/external/aggregate. The first run"
                    + " only records the postings that exist (the baseline): nothing is new on creation. If these"
                    + " criteria were just searched (their results are in the search cache), those results are the"
                    + " baseline at once and last_run_at is set; otherwise the first scheduled run takes it. Runs"
                    + " happen about hourly; postings not seen before appear under /{id}/new and, with"
                    + " email_alerts, are emailed. At most 20 searches per person (422 beyond). Runs never count"
                    + " against the hourly job-search rate limit.")
    ResponseEntity<SavedSearchView> create(
            @Parameter(hidden = true) CurrentUser user, @RequestBody SavedSearchRequest request) {
        UUID id = searches.create(user.id(), request.validated()).id();
        runner.baselineFromCache(id);
        SavedSearchView created = searches.find(user.id(), id).orElseThrow(AlertProblems::notFound);
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(created);
    }

    @GetMapping
    @Operation(summary = "The person's saved searches, newest first, each with its count of new postings")
    PageResponse<SavedSearchView> list(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return PageResponse.of(searches.page(user.id(), page, limit), page, limit, searches.count(user.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One saved search")
    SavedSearchView get(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return searches.find(user.id(), id).orElseThrow(AlertProblems::notFound);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a saved search",
            description = "Full replacement (fields left out are cleared; name defaults to the query). Changing only"
                    + " name or email_alerts keeps the search's history. Changing the query or a filter makes it a"
                    + " different search: its new postings and seen postings are dropped and a fresh baseline is"
                    + " taken, as on creation.")
    SavedSearchView replace(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody SavedSearchRequest request) {
        boolean criteriaChanged =
                searches.replace(user.id(), id, request.validated()).orElseThrow(AlertProblems::notFound);
        if (criteriaChanged) {
            runner.baselineFromCache(id);
        }
        return searches.find(user.id(), id).orElseThrow(AlertProblems::notFound);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a saved search with its new postings")
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        if (!searches.delete(user.id(), id)) {
            throw AlertProblems.notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/new")
    @Operation(
            summary = "Postings found since the person last marked them seen",
            description = "Postings that runs found and no earlier run of this search had seen, newest first"
                    + " (found_at, then job_id), each with the job as it was found. Reading does not clear them;"
                    + " POST /{id}/new/seen does. At most the newest 500 are kept per search.")
    PageResponse<NewPosting> newPostings(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        ownedOrNotFound(user, id);
        return PageResponse.of(postings.page(id, page, limit), page, limit, postings.count(id));
    }

    @PostMapping("/{id}/new/seen")
    @Operation(
            summary = "Mark new postings seen",
            description = "Clears the new postings found at or before `up_to` (default: now). Pass the newest"
                    + " found_at you showed, so postings a run added in the meantime stay new. 204.")
    ResponseEntity<Void> markSeen(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-28T14:03:00Z")
                    @RequestParam(name = "up_to", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    Instant upTo) {
        ownedOrNotFound(user, id);
        postings.markSeen(id, upTo == null ? clock.instant() : upTo);
        return ResponseEntity.noContent().build();
    }

    private void ownedOrNotFound(CurrentUser user, UUID id) {
        if (!searches.exists(user.id(), id)) {
            throw AlertProblems.notFound();
        }
    }
}

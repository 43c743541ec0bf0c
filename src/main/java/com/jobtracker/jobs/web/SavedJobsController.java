package com.jobtracker.jobs.web;

import com.jobtracker.auth.CurrentUser;
import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.JobIds;
import com.jobtracker.jobs.saved.SavedJob;
import com.jobtracker.jobs.saved.SavedJobs;
import com.jobtracker.jobs.search.SearchCache;
import com.jobtracker.shared.web.ApiException;
import com.jobtracker.shared.web.ApiException.FieldError;
import com.jobtracker.shared.web.PageResponse;
import com.jobtracker.shared.web.ValidationException;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved jobs. Saving snapshots the job from the search cache, or from the request body when the cache no longer has
 * it, so a saved job stays readable after its search expired. Saving twice answers 200 with the first snapshot.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class SavedJobsController {

    private final SavedJobs savedJobs;
    private final SearchCache cache;

    SavedJobsController(SavedJobs savedJobs, SearchCache cache) {
        this.savedJobs = savedJobs;
        this.cache = cache;
    }

    @PostMapping("/{jobId}/save")
    ResponseEntity<SavedJob> save(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable String jobId,
            @RequestBody(required = false) @Nullable SaveJobRequest body) {
        checkId(jobId);
        Job job = cache.job(jobId);
        if (job == null && body != null) {
            job = validated(jobId, body);
        }
        if (job == null) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND,
                    "job-not-found",
                    "Job not found",
                    "This job is not in recent search results. Send the job in the request body to save it.");
        }
        SavedJobs.Saved saved = savedJobs.save(user.id(), job);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.job());
    }

    @DeleteMapping("/{jobId}/save")
    ResponseEntity<Void> unsave(@Parameter(hidden = true) CurrentUser user, @PathVariable String jobId) {
        checkId(jobId);
        savedJobs.delete(user.id(), jobId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/saved")
    PageResponse<SavedJob> saved(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return PageResponse.of(savedJobs.page(user.id(), page, limit), page, limit, savedJobs.count(user.id()));
    }

    private static void checkId(String jobId) {
        if (!JobIds.VALID.matcher(jobId).matches()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "bad-request",
                    "Bad Request",
                    "Parameter 'job_id' has an invalid value.",
                    List.of(new FieldError("job_id", "must look like <source>:<id>, e.g. google:eyJqb2Jf")),
                    Map.of());
        }
    }

    /** A client-sent job is the user's own snapshot; it still has to be a job, and the one the path names. */
    private static Job validated(String jobId, SaveJobRequest job) {
        List<FieldError> errors = new ArrayList<>();
        if (!jobId.equals(job.id())) {
            errors.add(new FieldError("id", "must equal the job id in the path"));
        }
        if (job.title() == null || job.title().isBlank() || job.title().length() > 500) {
            errors.add(new FieldError("title", "must not be blank (at most 500 characters)"));
        }
        if (job.companyName() == null
                || job.companyName().isBlank()
                || job.companyName().length() > 300) {
            errors.add(new FieldError("company_name", "must not be blank (at most 300 characters)"));
        }
        if (job.source() == null || !jobId.startsWith(job.source() + ":")) {
            errors.add(new FieldError("source", "must be the source named in the job id"));
        }
        if (job.description() != null && job.description().length() > 50_000) {
            errors.add(new FieldError("description", "must be at most 50000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // Links are shown to the user later: only http(s) ones are kept, as for provider data.
        return new Job(
                job.id(),
                job.title(),
                job.companyName(),
                job.companyDomain(),
                JobBuilder.httpUrl(job.companyLogoUrl()),
                job.location(),
                Boolean.TRUE.equals(job.isRemote()),
                job.employmentType(),
                job.postedAt(),
                job.salary(),
                job.description(),
                JobBuilder.httpUrl(job.applyUrl()),
                job.applyLinks() == null
                        ? List.of()
                        : job.applyLinks().stream()
                                .filter(link -> link != null && JobBuilder.httpUrl(link.url()) != null)
                                .toList(),
                job.source(),
                job.sources() == null
                        ? List.of()
                        : job.sources().stream().filter(s -> s != null).toList(),
                JobBuilder.httpUrl(job.sourceUrl()),
                null,
                null);
    }
}

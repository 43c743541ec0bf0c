package com.jobtracker.jobs.web;

import com.jobtracker.auth.CurrentUser;
import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobScorer;
import com.jobtracker.jobs.JobScorer.ScoredJob;
import com.jobtracker.jobs.JobSearch;
import com.jobtracker.jobs.JobSearch.SearchResult;
import com.jobtracker.jobs.logo.LogoResolver;
import com.jobtracker.jobs.provider.Domains;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.JobProvider;
import com.jobtracker.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Job search: one source, or all enabled sources merged; and company logos. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobsController {

    private final JobSearch search;
    private final Map<String, JobProvider> providers;
    private final ObjectProvider<JobScorer> scorer;
    private final LogoResolver logos;
    private final Clock clock;

    JobsController(
            JobSearch search,
            List<JobProvider> providers,
            ObjectProvider<JobScorer> scorer,
            LogoResolver logos,
            Clock clock) {
        this.search = search;
        this.providers = providers.stream().collect(Collectors.toMap(JobProvider::name, Function.identity()));
        this.scorer = scorer;
        this.logos = logos;
        this.clock = clock;
    }

    @GetMapping("/external/aggregate")
    SearchResponse aggregate(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam @NotBlank @Size(max = 200) String query,
            @RequestParam(required = false) @Size(max = 200) @Nullable String location,
            @RequestParam(required = false) @Nullable Boolean remote,
            @RequestParam(name = "employment_type", required = false) @Nullable String employmentType,
            @RequestParam(name = "posted_within_days", required = false) @Min(1) @Max(365) @Nullable
                    Integer postedWithinDays,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        if (employmentType != null && !EmploymentTypes.ALL.contains(employmentType)) {
            throw invalid(
                    "employment_type",
                    "must be one of "
                            + String.join(
                                    ", ", EmploymentTypes.ALL.stream().sorted().toList()));
        }
        SearchResult result = search.search(new JobSearch.Query(query, location, Set.of()));
        Instant since = postedWithinDays == null ? null : clock.instant().minus(Duration.ofDays(postedWithinDays));
        List<Job> jobs = result.jobs().stream()
                .filter(job -> remote == null || job.isRemote() == remote)
                .filter(job -> employmentType == null || employmentType.equals(job.employmentType()))
                .filter(job -> since == null
                        || (job.postedAt() != null && !job.postedAt().isBefore(since)))
                .toList();
        return page(score(user, jobs), result, page, limit);
    }

    @GetMapping("/external/{source:linkedin|google|indeed}")
    SearchResponse single(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable String source,
            @RequestParam @NotBlank @Size(max = 200) String query,
            @RequestParam(required = false) @Size(max = 200) @Nullable String location,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        JobProvider provider = providers.get(source);
        String missing = provider == null ? "jobtracker.providers." + source + ".enabled" : provider.disabledBecause();
        if (missing != null) {
            throw new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "job-source-not-configured",
                    "Job source not configured",
                    "The " + source + " source is not configured on this server. Set " + missing + " (environment: "
                            + missing.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ").");
        }
        SearchResult result = search.search(new JobSearch.Query(query, location, Set.of(source)));
        return page(score(user, result.jobs()), result, page, limit);
    }

    record LogoResponse(String company, @Nullable String domain, String logoUrl, String source) {}

    @GetMapping("/company-logo")
    LogoResponse companyLogo(
            @RequestParam @NotBlank @Size(max = 200) String company,
            @RequestParam(required = false) @Size(max = 253) @Nullable String domain) {
        if (domain != null && !domain.isBlank() && Domains.of(domain) == null && !looksLikeDomain(domain)) {
            throw invalid("domain", "must be a domain name such as stripe.com");
        }
        LogoResolver.Logo logo = logos.resolve(company.strip(), domain, null);
        return new LogoResponse(logo.company(), logo.domain(), logo.logoUrl(), logo.source());
    }

    private static boolean looksLikeDomain(String value) {
        return value.strip().toLowerCase(Locale.ROOT).matches("(https?://)?[a-z0-9-]+(\\.[a-z0-9-]+)+/?");
    }

    private List<Job> score(CurrentUser user, List<Job> jobs) {
        JobScorer jobScorer = scorer.getIfAvailable();
        if (jobScorer == null || jobs.isEmpty()) {
            return jobs;
        }
        Map<String, ScoredJob> scores = jobScorer.score(user.id(), jobs).stream()
                .collect(Collectors.toMap(ScoredJob::jobId, Function.identity(), (a, b) -> a));
        if (scores.isEmpty()) {
            return jobs;
        }
        return jobs.stream()
                .map(job -> {
                    ScoredJob scored = scores.get(job.id());
                    return scored == null ? job : job.withMatch(scored.score(), scored.reasons());
                })
                .sorted(Comparator.comparing(Job::matchScore, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static SearchResponse page(List<Job> jobs, SearchResult result, int page, int limit) {
        long from = Math.min((long) page * limit, jobs.size());
        long to = Math.min(from + limit, jobs.size());
        return new SearchResponse(
                jobs.subList((int) from, (int) to),
                page,
                limit,
                jobs.size(),
                to < jobs.size(),
                result.cached(),
                result.stale(),
                result.fetchedAt(),
                result.sources());
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad Request",
                "Parameter '" + field + "' has an invalid value.",
                List.of(new ApiException.FieldError(field, message)),
                Map.of());
    }
}

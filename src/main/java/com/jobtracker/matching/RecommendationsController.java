package com.jobtracker.matching;

import com.jobtracker.auth.CurrentUser;
import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch;
import com.jobtracker.resumes.CurrentResume;
import com.jobtracker.resumes.ResumeProfile;
import com.jobtracker.resumes.Resumes;
import com.jobtracker.shared.web.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs for a query (by default the person's most recent title), fetched through the jobs module's aggregation and
 * sorted by match score. The jobs module's limiter covers this path ({@code /recommendations/*}).
 */
@RestController
class RecommendationsController {

    /** The response: the best matches first, and how each job source fared. */
    record Recommendations(
            List<Job> items,
            int limit,
            long total,
            String query,
            boolean cached,
            Instant fetchedAt,
            List<JobSearch.SourceStatus> sources) {}

    private final JobSearch search;
    private final JobMatcher matcher;
    private final Resumes resumes;

    RecommendationsController(JobSearch search, JobMatcher matcher, Resumes resumes) {
        this.search = search;
        this.matcher = matcher;
        this.resumes = resumes;
    }

    @GetMapping("/api/v1/jobs/recommendations/semantic")
    Recommendations recommend(
            CurrentUser user,
            @RequestParam(required = false) @Size(max = 200) @Nullable String query,
            @RequestParam(required = false) @Size(max = 200) @Nullable String location,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        CurrentResume resume = resumes.current(user.id()).orElseThrow(RecommendationsController::noResume);
        String text = query == null || query.isBlank() ? defaultQuery(resume.profile()) : query.strip();
        JobSearch.SearchResult result = search.search(new JobSearch.Query(text, location, Set.of()));
        List<Job> jobs = result.jobs();
        Map<String, JobMatch> matches = matcher
                .rank(user.id(), jobs.stream().map(JobScoring::matchable).toList())
                .orElseThrow(RecommendationsController::noResume)
                .stream()
                .collect(Collectors.toMap(JobMatch::jobId, Function.identity(), (a, b) -> a));
        List<Job> ranked = jobs.stream()
                .map(job -> {
                    JobMatch match = matches.get(job.id());
                    return match == null ? job : job.withMatch(match.score(), match.reasons());
                })
                .sorted(Comparator.comparing((Job job) -> job.matchScore() == null ? -1 : job.matchScore())
                        .reversed()
                        .thenComparing(Job::id))
                .toList();
        return new Recommendations(
                ranked.subList(0, Math.min(limit, ranked.size())),
                limit,
                ranked.size(),
                text,
                result.cached(),
                result.fetchedAt(),
                result.sources());
    }

    /** The most recent title, else the first skill, else a generic query: something a job board can search. */
    static String defaultQuery(ResumeProfile profile) {
        return profile.experience().stream()
                .map(ResumeProfile.Experience::title)
                .filter(title -> title != null && !title.isBlank())
                .findFirst()
                .or(() -> profile.skills().stream().findFirst())
                .orElse("software engineer");
    }

    static ApiException noResume() {
        return new ApiException(
                HttpStatus.CONFLICT,
                "resume-required",
                "Upload a resume first",
                "Recommendations are ranked against your resume. Upload one with POST /api/v1/resume/upload, then"
                        + " try again.");
    }
}

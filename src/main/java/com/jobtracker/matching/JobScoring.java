package com.jobtracker.matching;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobScorer;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Scores the jobs module's search results for a person with a resume; nothing for a person without one. */
@Component
class JobScoring implements JobScorer {

    private final JobMatcher matcher;

    JobScoring(JobMatcher matcher) {
        this.matcher = matcher;
    }

    static MatchableJob matchable(Job job) {
        return new MatchableJob(
                job.id(), job.title(), job.companyName(), job.description(), job.location(), job.isRemote());
    }

    @Override
    public List<ScoredJob> score(UUID userId, List<Job> jobs) {
        return matcher.rank(userId, jobs.stream().map(JobScoring::matchable).toList())
                .map(matches -> matches.stream()
                        .map(match -> new ScoredJob(match.jobId(), match.score(), match.reasons()))
                        .toList())
                .orElse(List.of());
    }
}

package com.jobtracker.jobs;

import java.util.List;
import java.util.UUID;

/**
 * Ranks jobs for a person, e.g. against their resume. When a bean of this type exists, search results for a signed-in
 * user carry {@code match_score} and {@code match_reasons} and are sorted by score; an empty answer (no resume) leaves
 * them as they are.
 */
public interface JobScorer {

    List<ScoredJob> score(UUID userId, List<Job> jobs);

    /** A job's score (0–100) and the concrete reasons for it. */
    record ScoredJob(String jobId, int score, List<String> reasons) {}
}

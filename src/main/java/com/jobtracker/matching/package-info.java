/**
 * Semantic job matching: embeds resumes and job postings (in-process MiniLM by default, OpenAI when configured) in
 * chunks so that whole texts count, caches job vectors by content hash and model, and scores each job 0–100 by a
 * deterministic blend of calibrated similarity, skill coverage and title/seniority fit, with reasons a person can act
 * on. Other modules rank through {@link com.jobtracker.matching.JobMatcher}; job search results are scored through the
 * jobs module's {@code JobScorer} hook, and {@code GET /api/v1/jobs/recommendations/semantic} lives here.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth", "resumes", "jobs"})
@NullMarked
package com.jobtracker.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Semantic job matching: embeds resumes and job postings (in-process MiniLM by default, OpenAI when configured) in
 * chunks so that whole texts count, caches job vectors by content hash and model, and scores each job 0–100 by a
 * deterministic blend of calibrated similarity, skill coverage and title/seniority fit, with reasons a person can act
 * on. Other modules rank through {@link com.jobtracker.matching.JobMatcher}.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth", "resumes"})
@NullMarked
package com.jobtracker.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

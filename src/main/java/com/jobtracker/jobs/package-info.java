/**
 * Job search across boards: one adapter per provider behind {@link com.jobtracker.jobs.provider.JobProvider},
 * a parallel fan-out with per-provider deadlines and circuit breakers, de-duplication, a one-hour cache with
 * single-flight refreshes, per-user rate limits, company logos and saved jobs. Other modules fetch normalised
 * {@link com.jobtracker.jobs.Job}s through {@link com.jobtracker.jobs.JobSearch} and may rank them by declaring a
 * {@link com.jobtracker.jobs.JobScorer} bean.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth"})
@NullMarked
package com.jobtracker.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

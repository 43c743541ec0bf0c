/**
 * Numbers about a person's job search: totals and rates, a weekly timeline, results per source and the funnel.
 * Computed in SQL, per user, straight from the applications module's tables (read only), with the meaning of each
 * status taken from {@link com.jobtracker.applications.ApplicationStatus} so both modules agree on what a response
 * is.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth", "applications"})
@NullMarked
package com.jobtracker.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

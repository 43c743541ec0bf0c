/**
 * Saved searches with alerts: a person saves search criteria, a recurring JobRunr job re-runs every due search
 * through {@link com.jobtracker.jobs.JobSearch} (sharing its cache, outside the per-user HTTP rate limit), records the
 * postings not seen before and, when the person opted in, emails them.
 */
@NullMarked
package com.jobtracker.jobs.alerts;

import org.jspecify.annotations.NullMarked;

package com.jobtracker.jobs.search;

import com.jobtracker.shared.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Every enabled provider failed and nothing is cached: try again shortly. */
public class NoSourceAvailable extends ApiException {

    public NoSourceAvailable(long retryAfterSeconds) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "job-sources-unavailable",
                "Job sources unavailable",
                "No job source answered and no earlier result is cached. Please try again shortly.",
                List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}

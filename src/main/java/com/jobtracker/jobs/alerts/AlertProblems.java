package com.jobtracker.jobs.alerts;

import com.jobtracker.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** The errors of the saved-search endpoints, each with a stable problem type. */
final class AlertProblems {

    private AlertProblems() {}

    /** Also the answer for another user's search: its existence is not revealed. */
    static ApiException notFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND, "saved-search-not-found", "Saved search not found", "No such saved search.");
    }

    static ApiException tooMany(int limit) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "saved-search-limit",
                "Too many saved searches",
                "You can keep at most " + limit + " saved searches. Delete one to save another.");
    }
}

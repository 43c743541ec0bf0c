package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.shared.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The errors of the resume endpoints, each with a stable problem type. */
final class ResumeProblems {

    private ResumeProblems() {}

    static ApiException notFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND, "resume-not-found", "No resume", "You have not uploaded a resume yet.");
    }

    static ApiException rejected(ExtractionException failure) {
        return switch (failure.reason()) {
            case UNSUPPORTED_TYPE ->
                new ApiException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-resume-type",
                        "Unsupported file type",
                        failure.getMessage());
            case BUSY ->
                new ApiException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "resume-reader-busy",
                        "Try again shortly",
                        failure.getMessage(),
                        List.of(),
                        Map.of(HttpHeaders.RETRY_AFTER, "5"));
            default ->
                new ApiException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "unreadable-resume",
                        "Resume could not be read",
                        failure.getMessage());
        };
    }
}

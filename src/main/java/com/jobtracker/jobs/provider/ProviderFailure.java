package com.jobtracker.jobs.provider;

/** A provider call that failed; the message is written for clients and never carries upstream text. */
public class ProviderFailure extends RuntimeException {

    public ProviderFailure(String message) {
        super(message, null, false, false);
    }

    public ProviderFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    public static ProviderFailure forStatus(int status) {
        return new ProviderFailure(
                switch (status) {
                    case 401 -> "upstream rejected the API key (HTTP 401)";
                    case 403 -> "upstream refused access (HTTP 403)";
                    case 404 -> "upstream has no such resource (HTTP 404)";
                    case 429 -> "upstream rate limit or quota exceeded (HTTP 429)";
                    default -> "upstream answered HTTP " + status;
                });
    }
}

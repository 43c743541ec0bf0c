package com.jobtracker.matching.embedding;

/** The embedding provider could not produce vectors (quota, key, outage); the message is safe to log, not to show. */
public class EmbeddingUnavailableException extends RuntimeException {

    public EmbeddingUnavailableException(String message) {
        super(message);
    }
}

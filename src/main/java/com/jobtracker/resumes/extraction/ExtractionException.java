package com.jobtracker.resumes.extraction;

/**
 * Why a file could not be turned into text. The message is a sentence for the person who uploaded the file; it
 * never carries parser internals.
 */
public final class ExtractionException extends Exception {

    /** The classes of failure, each mapped to one HTTP status by the web layer. */
    public enum Reason {
        UNSUPPORTED_TYPE,
        EMPTY,
        ENCRYPTED,
        UNREADABLE,
        NO_TEXT,
        TOO_COMPLEX,
        BUSY
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

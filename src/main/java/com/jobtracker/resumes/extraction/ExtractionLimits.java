package com.jobtracker.resumes.extraction;

import java.time.Duration;

/**
 * The resource budget of one extraction. Every number bounds something an attacker controls: the time a crafted PDF
 * may loop, the bytes a zip may inflate to, the entries it may hold, the text it may produce, and how many parses run
 * at once.
 */
public record ExtractionLimits(
        Duration timeout,
        int maxConcurrent,
        Duration queueWait,
        int maxTextChars,
        int maxZipEntries,
        long maxZipEntryBytes,
        long maxPdfMainMemoryBytes) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(
                Duration.ofSeconds(10), 2, Duration.ofSeconds(5), 200_000, 1_000, 64L * 1024 * 1024, 32L * 1024 * 1024);
    }
}

package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.ExtractionLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code jobtracker.resumes.*}: the resource budget of reading an uploaded resume. */
@ConfigurationProperties("jobtracker.resumes")
@Validated
record ResumesProperties(
        @DefaultValue("10s") Duration extractionTimeout,
        @DefaultValue("2") int maxConcurrentExtractions,
        @DefaultValue("5s") Duration extractionQueueWait,
        @DefaultValue("200000") int maxTextChars,
        @DefaultValue("1000") int maxZipEntries,
        @DefaultValue("64MB") DataSize maxZipEntrySize,
        @DefaultValue("32MB") DataSize pdfMaxMainMemory) {

    ExtractionLimits limits() {
        return new ExtractionLimits(
                extractionTimeout,
                maxConcurrentExtractions,
                extractionQueueWait,
                maxTextChars,
                maxZipEntries,
                maxZipEntrySize.toBytes(),
                pdfMaxMainMemory.toBytes());
    }
}

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
        @DefaultValue("32MB") DataSize pdfMaxMainMemory,
        @DefaultValue S3 s3) {

    /** An S3-compatible bucket for the files; unset {@code bucket} keeps them in the data directory. */
    record S3(
            @DefaultValue("https://s3.amazonaws.com") java.net.URI endpoint,
            @org.jspecify.annotations.Nullable String bucket,
            @DefaultValue("resumes/") String prefix,
            @DefaultValue("us-east-1") String region,
            @org.jspecify.annotations.Nullable String accessKey,
            @org.jspecify.annotations.Nullable String secretKey) {}

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

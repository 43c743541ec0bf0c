package com.jobtracker.shared.web;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests {@link AdmissionControl} lets work at once ({@code null}: two per CPU core; {@code 0}: no limit)
 * and how long a request may wait for its turn before it is answered 503.
 */
@ConfigurationProperties("jobtracker.admission")
@Validated
record AdmissionProperties(
        @Nullable @Min(0) Integer maxConcurrent,
        @DefaultValue("5s") Duration maxQueueWait) {

    int turns() {
        return maxConcurrent == null ? 2 * Runtime.getRuntime().availableProcessors() : maxConcurrent;
    }
}

package com.jobtracker.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application as clients see it, with its whole status history (oldest first). Empty optional fields are sent as
 * {@code null} rather than left out, so a client can tell "cleared" from "not sent".
 */
@Schema(name = "Application")
@JsonInclude(JsonInclude.Include.ALWAYS)
record ApplicationView(
        UUID id,
        String companyName,
        String roleTitle,
        String status,
        LocalDate appliedDate,
        String source,
        @Nullable String jobUrl,
        @Nullable String location,
        @Nullable String notes,
        @Nullable String jobId,
        @Nullable LocalDate nextActionDate,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "Increments on every update; the ETag is this number in quotes")
        int version,

        List<StatusChange> statusHistory) {

    ApplicationView withHistory(List<StatusChange> history) {
        return new ApplicationView(
                id,
                companyName,
                roleTitle,
                status,
                appliedDate,
                source,
                jobUrl,
                location,
                notes,
                jobId,
                nextActionDate,
                createdAt,
                updatedAt,
                version,
                List.copyOf(history));
    }

    String etag() {
        return "\"" + version + "\"";
    }

    /** One entry of the history: the status the application moved to, and when. */
    record StatusChange(String status, Instant changedAt) {}
}

package com.jobtracker.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of create and full update, and one row of a CSV import. Every field arrives as text so that a wrong enum
 * value or date becomes a field error (422) rather than an unreadable body (400); {@link ApplicationRules} checks
 * it. {@code id}, owner, {@code version} and timestamps are not fields here, so a client cannot set them.
 */
@Schema(name = "ApplicationRequest")
record ApplicationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255, example = "Stripe") @Nullable
        String companyName,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255, example = "Backend Engineer") @Nullable
        String roleTitle,

        @Schema(
                description = "Defaults to applied.",
                allowableValues = {
                    "applied",
                    "screening",
                    "interviewing",
                    "offer",
                    "accepted",
                    "rejected",
                    "withdrawn",
                    "ghosted"
                })
        @Nullable
        String status,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-11-02") @Nullable
        String appliedDate,

        @Schema(
                description = "Defaults to other.",
                allowableValues = {
                    "linkedin",
                    "google",
                    "indeed",
                    "greenhouse",
                    "lever",
                    "ashby",
                    "remotive",
                    "arbeitnow",
                    "remoteok",
                    "themuse",
                    "referral",
                    "company_site",
                    "other"
                })
        @Nullable
        String source,

        @Schema(description = "http(s) URL of the posting", maxLength = 2048) @Nullable
        String jobUrl,

        @Schema(maxLength = 255) @Nullable String location,
        @Schema(maxLength = 10_000) @Nullable String notes,

        @Schema(description = "Id of a job from the Jobs module, e.g. google:abc", maxLength = 512) @Nullable
        String jobId,

        @Schema(description = "Follow-up date", format = "date", example = "2026-11-30") @Nullable
        String nextActionDate) {

    /** The snake_case field names, in the CSV column order. */
    static final List<String> FIELDS = List.of(
            "company_name",
            "role_title",
            "status",
            "applied_date",
            "source",
            "job_url",
            "location",
            "notes",
            "next_action_date",
            "job_id");

    static ApplicationRequest fromMap(Map<String, @Nullable String> values) {
        return new ApplicationRequest(
                values.get("company_name"),
                values.get("role_title"),
                values.get("status"),
                values.get("applied_date"),
                values.get("source"),
                values.get("job_url"),
                values.get("location"),
                values.get("notes"),
                values.get("job_id"),
                values.get("next_action_date"));
    }

    static ApplicationRequest of(ApplicationView application) {
        return new ApplicationRequest(
                application.companyName(),
                application.roleTitle(),
                application.status(),
                application.appliedDate().toString(),
                application.source(),
                application.jobUrl(),
                application.location(),
                application.notes(),
                application.jobId(),
                application.nextActionDate() == null
                        ? null
                        : application.nextActionDate().toString());
    }

    Map<String, @Nullable String> toMap() {
        Map<String, @Nullable String> values = new HashMap<>();
        values.put("company_name", companyName);
        values.put("role_title", roleTitle);
        values.put("status", status);
        values.put("applied_date", appliedDate);
        values.put("source", source);
        values.put("job_url", jobUrl);
        values.put("location", location);
        values.put("notes", notes);
        values.put("job_id", jobId);
        values.put("next_action_date", nextActionDate);
        return values;
    }
}

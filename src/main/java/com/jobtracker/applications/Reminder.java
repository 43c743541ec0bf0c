package com.jobtracker.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something to do about one application: a follow-up that is due ({@code follow_up}), or an application that has
 * waited at {@code applied} for two weeks without an answer ({@code no_response}, with {@code ghosted} suggested).
 */
@Schema(name = "Reminder")
record Reminder(
        @Schema(allowableValues = {"follow_up", "no_response"})
        String kind,

        String message,

        @Schema(description = "follow_up: the next_action_date; no_response: the applied_date")
        LocalDate date,

        @Schema(description = "Days since `date` (0 = today)")
        long days,

        @Nullable @Schema(description = "A status the person may want to set, e.g. ghosted")
        String suggestedStatus,

        ApplicationView application) {}

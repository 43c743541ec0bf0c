package com.jobtracker.applications;

import com.jobtracker.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications/reminders")
@Tag(name = "Applications")
class RemindersController {

    private final Reminders reminders;

    RemindersController(Reminders reminders) {
        this.reminders = reminders;
    }

    record RemindersResponse(LocalDate date, List<Reminder> items) {}

    record ReminderSettings(@NotNull Boolean dailyDigest) {}

    @GetMapping
    @Operation(
            summary = "Follow-ups due and applications that went quiet",
            description = "Active applications whose next_action_date is on or before `date` (kind follow_up,"
                    + " oldest due first), then applications still at `applied` whose applied_date is 14 or more"
                    + " days before `date` (kind no_response, suggested_status ghosted, longest wait first). `date`"
                    + " defaults to today in UTC; clients send their local date.")
    RemindersResponse list(
            CurrentUser user,
            @Parameter(description = "The person's local date, YYYY-MM-DD")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date) {
        LocalDate today = date == null ? reminders.today() : date;
        return new RemindersResponse(today, reminders.due(user.id(), today));
    }

    @GetMapping("/settings")
    @Operation(summary = "Whether the daily reminder digest email is on (off until the person turns it on)")
    ReminderSettings settings(CurrentUser user) {
        return new ReminderSettings(reminders.wantsDailyDigest(user.id()));
    }

    @PutMapping("/settings")
    @Operation(summary = "Turn the daily reminder digest email on or off")
    ReminderSettings updateSettings(CurrentUser user, @Valid @RequestBody ReminderSettings settings) {
        reminders.setDailyDigest(user.id(), settings.dailyDigest());
        return settings;
    }
}

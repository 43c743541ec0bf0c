package com.jobtracker.applications;

import com.jobtracker.auth.PersonalData;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The applications section of an account export: every application with its status history. Erasure needs nothing
 * here: applications, their history and idempotency keys all cascade from the user row.
 */
@Component
class ApplicationsPersonalData implements PersonalData {

    private final ApplicationTracker tracker;

    ApplicationsPersonalData(ApplicationTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public String section() {
        return "applications";
    }

    @Override
    public Object export(UUID userId) {
        return tracker.everything(userId);
    }
}

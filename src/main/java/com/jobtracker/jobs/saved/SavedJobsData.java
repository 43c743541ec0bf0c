package com.jobtracker.jobs.saved;

import com.jobtracker.auth.PersonalData;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Saved jobs in a person's export; their rows go with the account through the foreign key's cascade. */
@Component
class SavedJobsData implements PersonalData {

    private final SavedJobs savedJobs;

    SavedJobsData(SavedJobs savedJobs) {
        this.savedJobs = savedJobs;
    }

    @Override
    public String section() {
        return "saved_jobs";
    }

    @Override
    public Object export(UUID userId) {
        return savedJobs.all(userId);
    }
}

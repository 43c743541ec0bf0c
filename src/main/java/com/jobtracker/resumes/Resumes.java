package com.jobtracker.resumes;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Read access to a person's current resume for other modules. */
@Service
public class Resumes {

    private final ResumeRows rows;

    Resumes(ResumeRows rows) {
        this.rows = rows;
    }

    public Optional<CurrentResume> current(UUID userId) {
        return rows.latest(userId)
                .map(row -> new CurrentResume(row.id(), row.userId(), row.profile(), row.text(), row.uploadedAt()));
    }
}

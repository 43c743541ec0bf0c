package com.jobtracker.resumes;

import com.jobtracker.resumes.storage.ResumeStorage;
import java.time.Clock;
import java.time.Duration;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Nightly: deletes stored files that no resume row points at. A file is stored before its row commits, so a crash
 * or a failed commit in between leaves one behind; files younger than an hour are left alone because their upload
 * may still be under way. Public because JobRunr invokes it reflectively.
 */
@Component
public class OrphanedFileCleanup {

    private static final Duration GRACE = Duration.ofHours(1);

    private final ResumeStorage storage;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrphanedFileCleanup(ResumeStorage storage, JdbcClient jdbc, Clock clock) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Recurring(id = "orphaned-resume-files", cron = "37 3 * * *")
    @Job(name = "Delete resume files no resume points at")
    public int run() {
        int deleted = 0;
        for (String key : storage.keysWrittenBefore(clock.instant().minus(GRACE))) {
            boolean referenced = jdbc.sql("select exists (select 1 from resumes where storage_key = :key)")
                    .param("key", key)
                    .query(Boolean.class)
                    .single();
            if (!referenced) {
                storage.delete(key);
                deleted++;
            }
        }
        return deleted;
    }
}

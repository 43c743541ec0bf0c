package com.jobtracker.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OrphanedFileCleanupTest extends ApiTest {

    @Autowired
    OrphanedFileCleanup cleanup;

    @Autowired
    JobTrackerProperties settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesOldFilesNoResumePointsAtAndKeepsEveryOther() throws Exception {
        Session ada = signUp();
        Multipart body = Multipart.file("file", "ada.pdf", "application/pdf", Documents.pdf(HostileFilesTest.RESUME));
        HttpApi.Response uploaded = api.post("/api/v1/resume/upload")
                .bearer(ada.accessToken())
                .bytes(body.contentType(), body.body())
                .send();
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Path root = settings.dataDir().resolve("resumes").toAbsolutePath().normalize();
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        try (var files = Files.list(root)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(twoHoursAgo)); // every stored file, the live one too
            }
        }
        Path orphan = Files.writeString(root.resolve(UUID.randomUUID().toString()), "left behind by a crash");
        Files.setLastModifiedTime(orphan, FileTime.from(twoHoursAgo));
        Path leftoverUpload = Files.writeString(root.resolve("upload-123.tmp"), "half a file");
        Files.setLastModifiedTime(leftoverUpload, FileTime.from(twoHoursAgo));
        Path recentOrphan = Files.writeString(root.resolve(UUID.randomUUID().toString()), "upload in progress");

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);

        assertThat(orphan).doesNotExist();
        assertThat(leftoverUpload).doesNotExist();
        assertThat(recentOrphan).exists();
        assertThat(api.get("/api/v1/resume").bearer(ada.accessToken()).send().status())
                .isEqualTo(200);
        String liveKey = jdbc.sql("select storage_key from resumes where user_id = :user")
                .param("user", UUID.fromString(ada.userId()))
                .query(String.class)
                .single();
        assertThat(root.resolve(liveKey)).as("the live resume's file").exists();
    }
}

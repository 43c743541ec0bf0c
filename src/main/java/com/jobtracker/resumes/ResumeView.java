package com.jobtracker.resumes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jobtracker.resumes.ResumeProfile.Contact;
import com.jobtracker.resumes.ResumeProfile.Education;
import com.jobtracker.resumes.ResumeProfile.Experience;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The Resume of the API: file metadata plus the parsed fields; absent values are sent as {@code null}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ResumeView(
        UUID id,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt,
        Contact contact,
        @Nullable String summary,
        List<String> skills,
        List<Experience> experience,
        List<Education> education,
        @Nullable String embeddingModel) {

    static ResumeView of(ResumeRows.Row row, @Nullable String embeddingModel) {
        ResumeProfile profile = row.profile();
        return new ResumeView(
                row.id(),
                row.fileName(),
                row.contentType(),
                row.sizeBytes(),
                row.uploadedAt(),
                profile.contact(),
                profile.summary(),
                profile.skills(),
                profile.experience(),
                profile.education(),
                embeddingModel);
    }
}

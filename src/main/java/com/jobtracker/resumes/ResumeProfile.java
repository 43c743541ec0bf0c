package com.jobtracker.resumes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the parser read from a resume. Dates are {@code YYYY-MM} or {@code YYYY} as written; an {@code end_date} of
 * {@code null} on a dated entry means "present". Skills are canonical names from {@link SkillCatalog}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResumeProfile(
        Contact contact,
        @Nullable String summary,
        List<String> skills,
        List<Experience> experience,
        List<Education> education) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Contact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            List<String> links) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Experience(
            @Nullable String title,
            @Nullable String company,
            @Nullable String location,
            @Nullable String startDate,
            @Nullable String endDate,
            @Nullable String description) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Education(
            @Nullable String degree,
            @Nullable String field,
            @Nullable String institution,
            @Nullable String startDate,
            @Nullable String endDate) {}
}

package com.jobtracker.matching;

import org.jspecify.annotations.Nullable;

/** What matching needs of a posting; a thin mapping from any job representation. */
public record MatchableJob(
        String id,
        String title,
        @Nullable String companyName,
        @Nullable String description,
        @Nullable String location,
        boolean remote) {

    /** The text that is embedded and hashed: title, company and description. */
    String embeddedText() {
        return title + "\n" + (companyName == null ? "" : companyName + "\n")
                + (description == null ? "" : description);
    }
}

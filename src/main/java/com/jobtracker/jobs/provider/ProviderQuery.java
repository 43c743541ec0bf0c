package com.jobtracker.jobs.provider;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a provider is asked for: free text and an optional location. */
public record ProviderQuery(String text, @Nullable String location) {

    /** Whether a keyless board's posting fits the query (those boards return whole feeds, not search results). */
    public boolean matches(String title, @Nullable String company, @Nullable String place, @Nullable String tags) {
        String haystack = (title + " " + nullToEmpty(company) + " " + nullToEmpty(tags)).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && !haystack.contains(word)) {
                return false;
            }
        }
        if (location == null || location.isBlank()) {
            return true;
        }
        String where = nullToEmpty(place).toLowerCase(Locale.ROOT);
        String wanted = location.toLowerCase(Locale.ROOT).split(",")[0].trim();
        return where.contains(wanted) || where.contains("remote") || where.contains("anywhere");
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}

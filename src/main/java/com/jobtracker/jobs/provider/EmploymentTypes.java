package com.jobtracker.jobs.provider;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One vocabulary for employment types: full_time, part_time, contract, internship, temporary, volunteer, other.
 * Providers write FULLTIME, FULL_TIME, "Full-time", FullTime, "Full Time", full_time …
 */
public final class EmploymentTypes {

    public static final Set<String> ALL =
            Set.of("full_time", "part_time", "contract", "internship", "temporary", "volunteer", "other");

    private EmploymentTypes() {}

    public static @Nullable String of(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (key.startsWith("fulltime") || key.equals("permanent") || key.equals("festanstellung")) {
            return "full_time";
        }
        if (key.startsWith("parttime") || key.equals("teilzeit")) {
            return "part_time";
        }
        if (key.startsWith("contract") || key.equals("freelance") || key.equals("freelancer")) {
            return "contract";
        }
        if (key.startsWith("intern") || key.equals("praktikum") || key.equals("werkstudent")) {
            return "internship";
        }
        if (key.startsWith("temp")) {
            return "temporary";
        }
        if (key.startsWith("volunteer")) {
            return "volunteer";
        }
        return null;
    }

    /** The first recognisable type among several (e.g. Arbeitnow's {@code ["Full Time", "berufserfahren"]}). */
    public static @Nullable String first(Iterable<String> values) {
        for (String value : values) {
            String type = of(value);
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}

package com.jobtracker.resumes;

import org.jspecify.annotations.Nullable;

/**
 * The original file name, kept only for display: path parts, control characters, bidirectional overrides and
 * quotes removed, length capped. It never names a file on disk.
 */
final class FileNames {

    private FileNames() {}

    static String sanitise(@Nullable String original) {
        if (original == null) {
            return "resume";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isBlank() ? "resume" : name;
    }
}

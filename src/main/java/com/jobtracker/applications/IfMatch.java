package com.jobtracker.applications;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code If-Match} precondition on the version. Accepts {@code "3"}, {@code W/"3"}, lists and {@code *}; an
 * absent header means "last write wins". A tag that is not one of our versions never matches, so it fails with 412.
 */
record IfMatch(boolean any, Set<Integer> versions) {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"([^\"]*)\"\\s*");

    static final IfMatch NONE = new IfMatch(true, Set.of());

    static IfMatch parse(@Nullable String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return NONE;
        }
        Set<Integer> versions = new HashSet<>();
        for (String part : header.split(",")) {
            Matcher tag = TAG.matcher(part);
            if (tag.matches() && tag.group(1).matches("\\d{1,9}")) {
                versions.add(Integer.parseInt(tag.group(1)));
            }
        }
        return new IfMatch(false, Set.copyOf(versions));
    }

    boolean matches(int version) {
        return any || versions.contains(version);
    }
}

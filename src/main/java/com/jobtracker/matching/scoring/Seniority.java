package com.jobtracker.matching.scoring;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years of experience a posting asks for, read from "5+ years", "at least 3 years", "10+ Years of Experience". */
final class Seniority {

    private static final Pattern YEARS = Pattern.compile(
            "(?i)(\\d{1,2})\\s*(?:\\+|-\\s*\\d{1,2}|or more)?\\s*(?:\\+\\s*)?(?:years?|yrs?)(?:\\s+of)?(?:\\s+\\w+){0,3}"
                    + "\\s+(?:experience|exp)");
    private static final Pattern TITLE_SENIOR = Pattern.compile("(?i)\\b(senior|sr\\.?|lead|staff|principal|head)\\b");
    private static final Pattern TITLE_JUNIOR =
            Pattern.compile("(?i)\\b(junior|jr\\.?|intern|entry[- ]level|graduate)\\b");

    private Seniority() {}

    static Optional<Integer> yearsAsked(String title, String description) {
        Optional<Integer> inTitle = max(title);
        return inTitle.isPresent() ? inTitle : max(description);
    }

    private static Optional<Integer> max(String text) {
        Matcher matcher = YEARS.matcher(text);
        Integer best = null;
        while (matcher.find()) {
            int years = Integer.parseInt(matcher.group(1));
            if (years > 0 && years <= 25 && (best == null || years > best)) {
                best = years;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Years a title implies when a posting states none: senior 5, junior 0, otherwise unknown. */
    static Optional<Integer> impliedByTitle(String title) {
        if (TITLE_SENIOR.matcher(title).find()) {
            return Optional.of(5);
        }
        if (TITLE_JUNIOR.matcher(title.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(0);
        }
        return Optional.empty();
    }
}

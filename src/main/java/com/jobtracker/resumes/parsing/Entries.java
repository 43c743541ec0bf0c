package com.jobtracker.resumes.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups the lines of an experience or education section into entries, whatever the layout puts where: dates before
 * the header (a left date column), after it (right-aligned dates that extraction emits on their own line), or inside
 * it; title and company on one line or two. An entry is a run of header lines, then body lines; a new header after a
 * body starts the next entry, and a lone date or location line attaches to the entry that still lacks one.
 */
final class Entries {

    private static final Pattern DURATION =
            Pattern.compile("(?i)^(?:\\d+\\s+(?:years?|yrs?|months?|mos?)\\s*)+$|^(?i)less than a month$");
    private static final Pattern LOCATION =
            Pattern.compile("^[\\p{Lu}][\\p{L}. '-]+(?:,\\s*[\\p{Lu}][\\p{L}. '-]+){1,2}$");
    static final Set<String> COUNTRY_OR_REGION_WORDS =
            Set.of("usa", "us", "uk", "remote", "germany", "india", "canada", "france", "türkiye", "turkey");

    /** A raw entry: the header lines (with dates removed), the dates, a stand-alone location and the body. */
    static final class Raw {
        final List<String> header = new ArrayList<>();
        final List<String> body = new ArrayList<>();

        @Nullable
        DateRange dates;

        @Nullable
        String location;

        boolean hasContent() {
            return !header.isEmpty() || !body.isEmpty();
        }
    }

    private Entries() {}

    static List<Raw> group(List<String> lines, Predicate<String> looksLikeHeader, boolean singleDates) {
        List<Raw> entries = new ArrayList<>();
        Raw current = null;
        for (String line : lines) {
            boolean bullet = Lines.isBullet(line);
            if (DURATION.matcher(line).matches()) {
                continue;
            }
            var dates = bullet ? java.util.Optional.<DateRange>empty() : DateRange.find(line);
            if (dates.isEmpty() && !bullet && singleDates) {
                dates = DateRange.findSingle(line);
            }
            String rest = dates.map(range -> strip(line, range)).orElse(line);
            if (dates.isPresent() && rest.isBlank()) {
                // A date line alone: completes an entry waiting for dates, else opens the next one (date column).
                if (current != null && current.dates == null && current.hasContent()) {
                    current.dates = dates.get();
                } else {
                    current = new Raw();
                    current.dates = dates.get();
                    entries.add(current);
                }
                continue;
            }
            if (!bullet && current != null && current.location == null && !current.body.isEmpty() && isLocation(line)) {
                current.location = line;
                continue;
            }
            boolean header = !bullet && (dates.isPresent() || looksLikeHeader.test(rest));
            if (header) {
                boolean joinsCurrent = current != null
                        && current.body.isEmpty()
                        && current.header.size() < 3
                        && (dates.isEmpty() || current.dates == null);
                if (!joinsCurrent) {
                    current = new Raw();
                    entries.add(current);
                }
                current.header.add(rest);
                if (dates.isPresent()) {
                    current.dates = dates.get();
                }
            } else if (current != null
                    && current.body.isEmpty()
                    && !current.header.isEmpty()
                    && current.header.size() < 3
                    && !bullet
                    && Fields.words(line) <= 6
                    && !Fields.isSentence(line)) {
                // A short line right under a header continues it: "Bachelor of Science" / "Computer Science".
                current.header.add(line);
            } else if (current != null) {
                current.body.add(Lines.stripBullet(line));
            }
        }
        return entries.stream().filter(Raw::hasContent).toList();
    }

    static boolean isLocation(String line) {
        if (!LOCATION.matcher(line).matches() || line.split("\\s+").length > 5) {
            return false;
        }
        String last = line.substring(line.lastIndexOf(',') + 1).strip();
        return last.length() <= 3 && last.equals(last.toUpperCase(Locale.ROOT))
                || COUNTRY_OR_REGION_WORDS.contains(last.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(last.charAt(0)) && last.split("\\s+").length <= 2;
    }

    private static String strip(String line, DateRange range) {
        String rest = line.substring(0, range.from()) + " " + line.substring(range.to());
        return rest.replaceAll("\\s*[,|·•]\\s*$", "")
                .replaceAll("^\\s*[,|·•–-]\\s*", "")
                .replaceAll("\\s{2,}", " ")
                .strip();
    }
}

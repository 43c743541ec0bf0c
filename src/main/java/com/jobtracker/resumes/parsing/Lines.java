package com.jobtracker.resumes.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracted text cleaned into logical lines: blank lines, page numbers and footers dropped, words hyphenated across a
 * line break joined, a bullet's wrapped continuation folded back into it, and a date range split over two lines
 * ("2017 –" / "Present") put back together.
 */
final class Lines {

    static final Pattern BULLET = Pattern.compile("^[•◆◦▪‣·●○■□➢►✓\\-*–]\\s*");
    private static final Pattern PAGE_MARK = Pattern.compile(
            "(?i)^(?:page\\s*)?\\d{1,2}(?:\\s*(?:/|of)\\s*\\d{1,2})?$|^.{0,40}\\s[–-]\\s\\d{1,2}/\\d{1,2}$");
    private static final Pattern LAST_UPDATED = Pattern.compile("(?i)^last updated.*");
    private static final Pattern DANGLING_DASH = Pattern.compile(".*[–—-]$");

    private Lines() {}

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        boolean previousWasBullet = false;
        for (String raw : text.split("\\R")) {
            String line = raw.replace('\u00a0', ' ')
                    .replaceAll("[\\p{Cntrl}&&[^\t]]", "")
                    .strip();
            line = line.replace('\t', ' ').replaceAll(" {2,}", " ");
            if (line.isEmpty()
                    || PAGE_MARK.matcher(line).matches()
                    || LAST_UPDATED.matcher(line).matches()) {
                continue;
            }
            boolean bullet = BULLET.matcher(line).find() && !line.matches("^[-–]\\s*\\d.*");
            if (!lines.isEmpty()) {
                String last = lines.getLast();
                if (last.endsWith("-") && !last.endsWith(" -") && Character.isLowerCase(line.charAt(0))) {
                    lines.set(lines.size() - 1, last.substring(0, last.length() - 1) + line);
                    continue;
                }
                if (previousWasBullet && !bullet && startsLowercase(line) && !startsWithDate(line)) {
                    lines.set(lines.size() - 1, last + " " + line);
                    continue;
                }
                if (DANGLING_DASH.matcher(last).matches()
                        && DateRange.find(last + " " + line).isPresent()
                        && DateRange.find(last).isEmpty()) {
                    lines.set(lines.size() - 1, last + " " + line);
                    continue;
                }
            }
            lines.add(line);
            previousWasBullet = bullet;
        }
        return lines;
    }

    private static boolean startsLowercase(String line) {
        char first = line.charAt(0);
        return Character.isLowerCase(first) || Character.isDigit(first) || first == '(';
    }

    private static boolean startsWithDate(String line) {
        return DateRange.find(line).map(range -> range.from() == 0).orElse(false);
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).find() && !line.matches("^[-–]\\s*\\d.*");
    }

    static String stripBullet(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }
}

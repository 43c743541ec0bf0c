package com.jobtracker.resumes.parsing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date or date range as resumes write them: {@code June 2020 – Present}, {@code 2019-05}, {@code 05/2019 - 08/2021},
 * {@code 2018 — 2022}, {@code Sept 2014 – June 2018}. Dates normalise to {@code YYYY-MM} or {@code YYYY}; an open end
 * ("Present", "Current", "Now") is {@code null} with {@link #current()} set.
 */
record DateRange(@Nullable String start, @Nullable String end, boolean current, int from, int to) {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH_NAME =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:" + MONTH_NAME + "\\s+" + YEAR + "|" + YEAR
            + "[-/.](?:0?[1-9]|1[0-2])(?!\\d)" + "|(?:0?[1-9]|1[0-2])[/.-]" + YEAR + "|" + YEAR + ")";
    private static final String OPEN = "(?:present|current|now|today|ongoing|heute|aujourd'hui)";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d])(" + DATE + ")\\s*(?:[-–—−~]+|to|until|bis)\\s*(" + DATE + "|" + OPEN + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE =
            Pattern.compile("(?<![\\p{L}\\d])(" + DATE + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    static Optional<DateRange> find(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            String start = normalise(range.group(1));
            String endText = range.group(2);
            boolean open = endText.toLowerCase(Locale.ROOT).matches(OPEN);
            return Optional.of(
                    new DateRange(start, open ? null : normalise(endText), open, range.start(), range.end()));
        }
        return Optional.empty();
    }

    /** A lone date ("May 2016", "2022") is read as the end of something: a graduation, a project. */
    static Optional<DateRange> findSingle(String text) {
        Matcher single = SINGLE.matcher(text);
        if (single.find()) {
            String date = normalise(single.group(1));
            return Optional.of(new DateRange(null, date, false, single.start(), single.end()));
        }
        return Optional.empty();
    }

    static String normalise(String date) {
        String text = date.trim().toLowerCase(Locale.ROOT).replace(".", " ").trim();
        Matcher named = Pattern.compile("([a-z]+)\\s+(" + YEAR + ")").matcher(text);
        if (named.matches()) {
            return named.group(2) + "-" + twoDigits(MONTHS.get(named.group(1).substring(0, 3)));
        }
        Matcher yearFirst = Pattern.compile("(" + YEAR + ")[-/ ](\\d{1,2})").matcher(text);
        if (yearFirst.matches()) {
            return yearFirst.group(1) + "-" + twoDigits(Integer.parseInt(yearFirst.group(2)));
        }
        Matcher monthFirst = Pattern.compile("(\\d{1,2})[-/ ](" + YEAR + ")").matcher(text);
        if (monthFirst.matches()) {
            return monthFirst.group(2) + "-" + twoDigits(Integer.parseInt(monthFirst.group(1)));
        }
        return text;
    }

    private static String twoDigits(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }
}

package com.jobtracker.jobs.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every provider dates postings its own way (PROVIDERS.md §7.12): ISO with {@code Z} or an offset, ISO local time
 * meant as UTC, epoch seconds or milliseconds, and SerpApi's relative "3 days ago". All end up as an {@link Instant};
 * what cannot be read becomes null rather than a failure.
 */
public final class Dates {

    private static final Pattern RELATIVE = Pattern.compile(
            "(\\d+|an?)\\+?\\s*(minute|min|hour|hr|day|week|month|year)s?\\s+ago", Pattern.CASE_INSENSITIVE);

    private Dates() {}

    public static @Nullable Instant iso(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    public static @Nullable Instant epochSeconds(long seconds) {
        return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
    }

    public static @Nullable Instant epochMillis(long millis) {
        return millis > 0 ? Instant.ofEpochMilli(millis) : null;
    }

    /** "3 days ago", "an hour ago", "30+ days ago", "just posted", "today". */
    public static @Nullable Instant relative(@Nullable String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (text.contains("just") || text.contains("today")) {
            return now.truncatedTo(ChronoUnit.SECONDS);
        }
        if (text.contains("yesterday")) {
            return now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        }
        Matcher matcher = RELATIVE.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        long amount = matcher.group(1).startsWith("a") ? 1 : Long.parseLong(matcher.group(1));
        Duration unit = switch (matcher.group(2)) {
            case "minute", "min" -> Duration.ofMinutes(1);
            case "hour", "hr" -> Duration.ofHours(1);
            case "day" -> Duration.ofDays(1);
            case "week" -> Duration.ofDays(7);
            case "month" -> Duration.ofDays(30);
            default -> Duration.ofDays(365);
        };
        return now.minus(unit.multipliedBy(amount)).truncatedTo(ChronoUnit.SECONDS);
    }
}

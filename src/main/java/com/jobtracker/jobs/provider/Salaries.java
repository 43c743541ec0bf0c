package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job.Salary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Salary from structured fields or from free text such as "€65K–€85K a year" or "$40 - $55 an hour". */
public final class Salaries {

    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,.]*)\\s*([kK])?");

    private Salaries() {}

    public static @Nullable Salary of(
            @Nullable Double min, @Nullable Double max, @Nullable String currency, @Nullable String period) {
        Double low = positive(min);
        Double high = positive(max);
        if (low == null && high == null) {
            return null;
        }
        return new Salary(low, high, currency == null ? null : currency.toUpperCase(Locale.ROOT), period(period));
    }

    /** year, month, week, day or hour from YEAR, "per-year-salary", "1 YEAR", "a year", "annually", "hourly" … */
    public static @Nullable String period(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.toLowerCase(Locale.ROOT);
        if (text.contains("year") || text.contains("annu") || text.contains("yr")) {
            return "year";
        }
        if (text.contains("month")) {
            return "month";
        }
        if (text.contains("week")) {
            return "week";
        }
        if (text.contains("day") || text.contains("daily")) {
            return "day";
        }
        if (text.contains("hour")) {
            return "hour";
        }
        return null;
    }

    public static @Nullable Salary parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Double> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find() && amounts.size() < 2) {
            String digits = matcher.group(1).replace(",", "");
            if (digits.chars().filter(c -> c == '.').count() > 1) {
                digits = digits.replace(".", "");
            }
            try {
                double amount = Double.parseDouble(digits) * (matcher.group(2) != null ? 1000 : 1);
                amounts.add(amount);
            } catch (NumberFormatException ignored) {
                // not a number after all, e.g. a lone "."
            }
        }
        if (amounts.isEmpty()) {
            return null;
        }
        String period = period(text);
        if (period == null && amounts.getFirst() >= 10_000) {
            period = "year";
        }
        return of(amounts.getFirst(), amounts.size() > 1 ? amounts.get(1) : null, currency(text), period);
    }

    private static @Nullable String currency(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (text.contains("€") || upper.contains("EUR")) {
            return "EUR";
        }
        if (text.contains("£") || upper.contains("GBP")) {
            return "GBP";
        }
        if (upper.contains("CHF")) {
            return "CHF";
        }
        if (upper.contains("CA$") || upper.contains("CAD")) {
            return "CAD";
        }
        if (text.contains("$") || upper.contains("USD")) {
            return "USD";
        }
        return null;
    }

    private static @Nullable Double positive(@Nullable Double value) {
        return value == null || value <= 0 || value.isNaN() ? null : value;
    }
}

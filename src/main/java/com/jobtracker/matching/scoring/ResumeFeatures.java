package com.jobtracker.matching.scoring;

import com.jobtracker.resumes.ResumeProfile;
import com.jobtracker.resumes.SkillCatalog;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a resume offers: every skill it names anywhere, the titles it has held (most recent first), the years of
 * experience its dated roles cover (overlaps counted once) or that its summary states, and its most recent location.
 */
public record ResumeFeatures(
        Set<String> skills,
        List<String> titles,
        Optional<Double> years,
        @Nullable String location) {

    private static final Pattern STATED_YEARS =
            Pattern.compile("(?i)(\\d{1,2})\\+?\\s*(?:years|yrs)\\s+(?:of\\s+)?(?:\\w+\\s+){0,3}?experience");

    public static ResumeFeatures of(SkillCatalog catalog, ResumeProfile profile, String text, YearMonth now) {
        Set<String> skills = new LinkedHashSet<>(profile.skills());
        skills.addAll(catalog.find(text));
        List<String> titles = new ArrayList<>();
        for (ResumeProfile.Experience job : profile.experience()) {
            if (job.title() != null) {
                titles.add(job.title());
            }
        }
        // A headline under the name ("Product Manager") and the summary's opening speak for the person as well.
        if (profile.summary() != null) {
            titles.add(firstWords(profile.summary(), 8));
        }
        Optional<Double> years = coveredYears(profile, now);
        if (years.isEmpty() && profile.summary() != null) {
            Matcher stated = STATED_YEARS.matcher(profile.summary());
            if (stated.find()) {
                years = Optional.of(Double.parseDouble(stated.group(1)));
            }
        }
        String location = profile.experience().stream()
                .map(ResumeProfile.Experience::location)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new ResumeFeatures(skills, titles, years, location);
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static Optional<Double> coveredYears(ResumeProfile profile, YearMonth now) {
        record Span(YearMonth from, YearMonth to) {}
        List<Span> spans = new ArrayList<>();
        for (ResumeProfile.Experience job : profile.experience()) {
            YearMonth from = parse(job.startDate(), true);
            if (from == null) {
                continue;
            }
            YearMonth to = job.endDate() == null ? now : parse(job.endDate(), false);
            if (to != null && !to.isBefore(from) && !from.isAfter(now)) {
                spans.add(new Span(from, to.isAfter(now) ? now : to));
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        spans.sort(Comparator.comparing(Span::from));
        long months = 0;
        YearMonth coveredUntil = null;
        for (Span span : spans) {
            YearMonth start = coveredUntil != null && !span.from().isAfter(coveredUntil)
                    ? coveredUntil.plusMonths(1)
                    : span.from();
            if (!span.to().isBefore(start)) {
                months += start.until(span.to(), java.time.temporal.ChronoUnit.MONTHS) + 1;
                coveredUntil = span.to();
            }
        }
        return Optional.of(months / 12.0);
    }

    private static @Nullable YearMonth parse(@Nullable String date, boolean start) {
        if (date == null) {
            return null;
        }
        try {
            if (date.length() == 4) {
                return YearMonth.of(Integer.parseInt(date), start ? 1 : 12);
            }
            return YearMonth.parse(date);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

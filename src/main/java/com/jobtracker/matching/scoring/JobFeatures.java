package com.jobtracker.matching.scoring;

import com.jobtracker.resumes.SkillCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a posting asks for: required skills (named in the title or the body), nice-to-have skills (named only under a
 * "nice to have", "preferred", "bonus" or "plus" heading or line), years of experience, and where the work is.
 */
public record JobFeatures(
        String title,
        Set<String> titleWords,
        List<String> requiredSkills,
        List<String> niceSkills,
        Optional<Integer> yearsAsked,
        boolean remote,
        @Nullable String location) {

    private static final Pattern NICE = Pattern.compile(
            "(?i)\\b(nice[- ]to[- ]have|preferred|bonus|a plus|is a plus|are a plus|desirable|good to have|ideally)\\b");
    private static final Pattern HEADING = Pattern.compile("^[\\p{L} &/'’-]{3,40}:?$");

    /** The same requirements for a posting at another place: cached features are shared by identical texts. */
    public JobFeatures withWhere(boolean remote, @Nullable String location) {
        return new JobFeatures(title, titleWords, requiredSkills, niceSkills, yearsAsked, remote, location);
    }

    public static JobFeatures of(
            SkillCatalog catalog, String title, String description, boolean remote, @Nullable String location) {
        StringBuilder required = new StringBuilder(title).append('\n');
        StringBuilder nice = new StringBuilder();
        boolean inNiceSection = false;
        for (String line : description.split("\\R")) {
            String stripped = line.strip();
            if (HEADING.matcher(stripped).matches()) {
                inNiceSection = NICE.matcher(stripped).find();
            }
            if (inNiceSection || NICE.matcher(stripped).find()) {
                nice.append(stripped).append('\n');
            } else {
                required.append(stripped).append('\n');
            }
        }
        List<String> requiredSkills = catalog.find(required.toString());
        Set<String> niceSkills = new LinkedHashSet<>(catalog.find(nice.toString()));
        niceSkills.removeAll(requiredSkills);
        Optional<Integer> years = Seniority.yearsAsked(title, description);
        return new JobFeatures(
                title,
                Titles.words(title),
                List.copyOf(requiredSkills),
                new ArrayList<>(niceSkills),
                years.isPresent() ? years : Seniority.impliedByTitle(title),
                remote,
                location);
    }
}

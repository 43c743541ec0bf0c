package com.jobtracker.resumes.parsing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The parts of a resume the parser reads, recognised by their usual heading words. */
enum Section {
    HEADER,
    SUMMARY,
    SKILLS,
    EXPERIENCE,
    EDUCATION,
    OTHER;

    private static final Map<String, Section> HEADINGS = Map.ofEntries(
            Map.entry("summary", SUMMARY),
            Map.entry("professional summary", SUMMARY),
            Map.entry("profile", SUMMARY),
            Map.entry("professional profile", SUMMARY),
            Map.entry("objective", SUMMARY),
            Map.entry("career objective", SUMMARY),
            Map.entry("about", SUMMARY),
            Map.entry("about me", SUMMARY),
            Map.entry("skills", SKILLS),
            Map.entry("technical skills", SKILLS),
            Map.entry("core skills", SKILLS),
            Map.entry("key skills", SKILLS),
            Map.entry("core competencies", SKILLS),
            Map.entry("competencies", SKILLS),
            Map.entry("technologies", SKILLS),
            Map.entry("tech stack", SKILLS),
            Map.entry("skills & tools", SKILLS),
            Map.entry("skills and tools", SKILLS),
            Map.entry("experience", EXPERIENCE),
            Map.entry("work experience", EXPERIENCE),
            Map.entry("professional experience", EXPERIENCE),
            Map.entry("relevant experience", EXPERIENCE),
            Map.entry("employment", EXPERIENCE),
            Map.entry("employment history", EXPERIENCE),
            Map.entry("work history", EXPERIENCE),
            Map.entry("career history", EXPERIENCE),
            Map.entry("education", EDUCATION),
            Map.entry("academic background", EDUCATION),
            Map.entry("education and training", EDUCATION),
            Map.entry("qualifications", EDUCATION),
            Map.entry("projects", OTHER),
            Map.entry("personal projects", OTHER),
            Map.entry("publications", OTHER),
            Map.entry("certifications", OTHER),
            Map.entry("certificates", OTHER),
            Map.entry("awards", OTHER),
            Map.entry("honors", OTHER),
            Map.entry("selected honors", OTHER),
            Map.entry("honors and awards", OTHER),
            Map.entry("languages", OTHER),
            Map.entry("interests", OTHER),
            Map.entry("hobbies", OTHER),
            Map.entry("patents", OTHER),
            Map.entry("invited talks", OTHER),
            Map.entry("talks", OTHER),
            Map.entry("references", OTHER),
            Map.entry("volunteering", OTHER),
            Map.entry("volunteer experience", OTHER),
            Map.entry("activities", OTHER));

    /** The section a line opens, if it is a heading: a known heading phrase on a line of its own. */
    static Optional<Section> heading(String line) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[:|]+$", "").strip();
        return Optional.ofNullable(HEADINGS.get(key));
    }
}

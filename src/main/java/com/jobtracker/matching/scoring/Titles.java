package com.jobtracker.matching.scoring;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Job-title words normalised for comparison: spelling variants joined, synonyms folded, filler dropped. */
final class Titles {

    private static final Set<String> FILLER = Set.of(
            "senior",
            "sr",
            "junior",
            "jr",
            "lead",
            "staff",
            "principal",
            "head",
            "of",
            "and",
            "the",
            "a",
            "an",
            "for",
            "i",
            "ii",
            "iii",
            "iv",
            "intern",
            "internship",
            "m",
            "f",
            "d",
            "w",
            "x",
            "remote",
            "hybrid",
            "years",
            "year",
            "experience",
            "job",
            "description",
            "with",
            "in",
            "at",
            "contract",
            "full",
            "time",
            "part");

    private Titles() {}

    static Set<String> words(String title) {
        String text = title.toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*(?:\\)|$)", " ")
                .replaceAll("front[\\s-]?end", "frontend")
                .replaceAll("back[\\s-]?end", "backend")
                .replaceAll("full[\\s-]?stack", "fullstack")
                .replaceAll("dev[\\s-]?ops", "devops")
                .replaceAll("machine learning", "ml")
                .replaceAll("site reliability", "sre");
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}+#]+")) {
            if (word.isEmpty() || FILLER.contains(word) || word.matches("\\d+")) {
                continue;
            }
            words.add(
                    switch (word) {
                        case "developer", "programmer", "sde", "engineering" -> "engineer";
                        case "scientists" -> "scientist";
                        case "manager", "management" -> "manager";
                        case "mern", "mean" -> "fullstack";
                        default -> word;
                    });
        }
        return words;
    }

    /** The share of the job title's words that the candidate title also has. */
    static double overlap(Set<String> job, Set<String> candidate) {
        if (job.isEmpty()) {
            return 0;
        }
        long shared = job.stream().filter(candidate::contains).count();
        return (double) shared / job.size();
    }
}

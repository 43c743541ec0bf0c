package com.jobtracker.resumes.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small word lists and splitting rules shared by the entry readers. */
final class Fields {

    private static final Set<String> TITLE_WORDS = Set.of(
            "engineer",
            "developer",
            "manager",
            "intern",
            "internship",
            "cto",
            "ceo",
            "cfo",
            "coo",
            "cpo",
            "founder",
            "co-founder",
            "cofounder",
            "scientist",
            "analyst",
            "designer",
            "lead",
            "director",
            "consultant",
            "architect",
            "researcher",
            "specialist",
            "officer",
            "head",
            "vp",
            "president",
            "administrator",
            "associate",
            "assistant",
            "coordinator",
            "programmer",
            "technician",
            "editor",
            "writer",
            "teacher",
            "professor",
            "lecturer",
            "fellow",
            "owner",
            "partner",
            "principal",
            "sde",
            "devops",
            "sre",
            "accountant",
            "representative",
            "executive",
            "strategist",
            "recruiter",
            "tutor",
            "contractor",
            "freelancer",
            "advisor",
            "producer",
            "supervisor",
            "trainee",
            "apprentice",
            "student",
            "member",
            "chair",
            "nurse",
            "instructor");
    private static final Set<String> COMPANY_SUFFIXES = Set.of(
            "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag", "corp", "corp.", "co.", "plc", "s.a.", "sa", "bv",
            "b.v.", "limited", "srl", "oy", "ab");
    static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:university|college|institute|school|academy|polytechnic|universit[äéy]t?|universidad|"
                    + "hochschule|conservatory|iit|caltech)\\b");
    static final Pattern DEGREE = Pattern.compile(
            "(?<![\\p{L}.])(Ph\\.?\\s?D\\.?|Doctor(?:ate)? of [A-Z][a-z]+|M\\.?B\\.?A\\.?|B\\.?\\s?Tech\\.?|M\\.?\\s?Tech\\.?"
                    + "|B\\.?\\s?Eng\\.?|M\\.?\\s?Eng\\.?|B\\.?Sc\\.?|M\\.?Sc\\.?|B\\.S\\.?|M\\.S\\.?|BS|MS|B\\.A\\.?|M\\.A\\.?|BA|MA"
                    + "|Bachelor(?:'s|’s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| Degree)?"
                    + "|Master(?:'s|’s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| Degree)?"
                    + "|Associate(?:'s|’s)? (?:of|in) [A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:High School )?Diploma|Abitur|Licence|Laurea)"
                    + "(?![\\p{L}])");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[–—|@·•]\\s+|\\s+-\\s+|,\\s+");
    private static final Pattern JOB_SEPARATORS = Pattern.compile("\\s+[–—|@·•]\\s+|\\s+-\\s+|,\\s+|\\s+at\\s+");

    private Fields() {}

    static boolean hasTitleWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (TITLE_WORDS.contains(word) || TITLE_WORDS.contains(word.replace("-", ""))) {
                return true;
            }
            for (String piece : word.split("-")) {
                if (TITLE_WORDS.contains(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splits "Title, Company – City, ST" into its comma/dash-separated parts, keeping "Acme, Inc." together. */
    static List<String> parts(String header) {
        return parts(header, SEPARATORS);
    }

    /** As {@link #parts(String)}, also splitting "Engineer at Acme" (but "University of Texas at Austin" is whole). */
    static List<String> jobParts(String header) {
        return parts(header, JOB_SEPARATORS);
    }

    private static List<String> parts(String header, Pattern separators) {
        List<String> parts = new ArrayList<>();
        for (String piece : separators.split(header)) {
            String part = piece.strip().replaceAll("^[,;:]|[,;:]$", "").strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && COMPANY_SUFFIXES.contains(part.toLowerCase(Locale.ROOT))) {
                parts.set(parts.size() - 1, parts.getLast() + ", " + part);
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static boolean isSentence(String text) {
        return text.endsWith(".") && words(text) > 3;
    }

    static String degreeOf(Matcher matcher) {
        return matcher.group(1).strip();
    }
}

package com.jobtracker.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Concrete sentences behind a score: what matches, what is missing, title, experience, place. */
final class Reasons {

    private static final int MAX_NAMED = 6;

    private Reasons() {}

    static List<String> of(JobFeatures job, ResumeFeatures resume, MatchScorer.Breakdown breakdown, double cosine) {
        List<String> reasons = new ArrayList<>();
        int asked = job.requiredSkills().size();
        if (asked > 0) {
            if (!breakdown.matched().isEmpty()) {
                reasons.add("You have %d of the %d skills the posting names: %s."
                        .formatted(breakdown.matched().size(), asked, names(breakdown.matched())));
            } else {
                reasons.add("None of the %d skills the posting names appear in your resume.".formatted(asked));
            }
            if (!breakdown.missing().isEmpty()) {
                reasons.add("Missing from your resume: " + names(breakdown.missing()) + ".");
            }
        } else {
            reasons.add("The posting names no specific technologies; the score rests on the role and its description.");
        }
        if (!breakdown.niceMatched().isEmpty()) {
            reasons.add("Nice-to-haves you bring: " + names(breakdown.niceMatched()) + ".");
        }
        if (breakdown.titleFit() >= 0.67 && !resume.titles().isEmpty()) {
            reasons.add("Your experience as " + resume.titles().getFirst() + " fits the title " + job.title() + ".");
        } else if (breakdown.titleFit() > 0) {
            reasons.add("Your past titles partly match " + job.title() + ".");
        } else {
            reasons.add("None of your past titles resemble " + job.title() + ".");
        }
        experience(job, resume).ifPresent(reasons::add);
        reasons.add(place(job, resume));
        reasons.add("Content similarity with your resume is %s.".formatted(strength(breakdown.semantic())));
        return List.copyOf(reasons);
    }

    private static java.util.Optional<String> experience(JobFeatures job, ResumeFeatures resume) {
        if (job.yearsAsked().isEmpty()) {
            return resume.years()
                    .map(years -> "Your resume shows about " + MatchScorer.format(years) + " years of experience.");
        }
        int asked = job.yearsAsked().get();
        if (resume.years().isEmpty()) {
            return java.util.Optional.of(
                    "The posting asks for " + asked + "+ years; your resume does not date its roles.");
        }
        double have = resume.years().get();
        String haveText = MatchScorer.format(have);
        return java.util.Optional.of(
                have >= asked
                        ? "About %s years of experience; the posting asks for %d+.".formatted(haveText, asked)
                        : "The posting asks for %d+ years; your resume shows about %s.".formatted(asked, haveText));
    }

    private static String place(JobFeatures job, ResumeFeatures resume) {
        if (job.remote()) {
            return "Remote role" + (job.location() == null ? "." : " (" + job.location() + ").");
        }
        if (job.location() == null) {
            return "The posting does not say where the work is.";
        }
        if (resume.location() != null && sameCity(job.location(), resume.location())) {
            return "On-site in " + job.location() + ", where your most recent role was.";
        }
        return "On-site in " + job.location()
                + (resume.location() == null ? "." : "; your most recent role was in " + resume.location() + ".");
    }

    private static boolean sameCity(String a, String b) {
        String cityA = a.split(",")[0].strip().toLowerCase(Locale.ROOT);
        String cityB = b.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return !cityA.isEmpty() && cityA.equals(cityB);
    }

    private static String strength(double calibrated) {
        if (calibrated >= 0.66) {
            return "strong";
        }
        return calibrated >= 0.33 ? "moderate" : "weak";
    }

    private static String names(List<String> skills) {
        if (skills.size() <= MAX_NAMED) {
            return String.join(", ", skills);
        }
        return String.join(", ", skills.subList(0, MAX_NAMED)) + " and " + (skills.size() - MAX_NAMED) + " more";
    }
}

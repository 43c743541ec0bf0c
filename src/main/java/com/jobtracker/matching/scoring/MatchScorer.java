package com.jobtracker.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The match score: a fixed blend of required-skill coverage, nice-to-have coverage, calibrated semantic similarity and
 * title/seniority fit, scaled to 0–100. Weights a posting cannot inform (no skills named, no nice-to-haves) move to
 * the remaining signals, so a product-manager posting without technologies is ranked by meaning and title rather
 * than scored zero. Pure and deterministic: same inputs, same score and reasons.
 */
public final class MatchScorer {

    /** The blend's weights; they sum to 1. */
    public record Weights(double required, double nice, double semantic, double title) {

        /** Fitted on the graded set in docs/benchmarks.md, starting from MATCHING.md's 0.45/0.15/0.30/0.10. */
        public static final Weights DEFAULT = new Weights(0.40, 0.10, 0.30, 0.20);

        public static final Weights SEMANTIC_ONLY = new Weights(0, 0, 1, 0);
        public static final Weights COVERAGE_ONLY = new Weights(0.80, 0.20, 0, 0);
    }

    /** One signal at a time, for the reasons and the benchmark's ablations. */
    public record Breakdown(
            double requiredCoverage,
            double niceCoverage,
            double semantic,
            double titleFit,
            double seniorityFit,
            List<String> matched,
            List<String> missing,
            List<String> niceMatched) {}

    public record Match(int score, double exactScore, List<String> reasons, Breakdown breakdown) {}

    private final Weights weights;

    public MatchScorer(Weights weights) {
        this.weights = weights;
    }

    public Match score(JobFeatures job, ResumeFeatures resume, double cosine, Calibration calibration) {
        List<String> matched =
                job.requiredSkills().stream().filter(resume.skills()::contains).toList();
        List<String> missing = job.requiredSkills().stream()
                .filter(s -> !resume.skills().contains(s))
                .toList();
        List<String> niceMatched =
                job.niceSkills().stream().filter(resume.skills()::contains).toList();
        double required = job.requiredSkills().isEmpty()
                ? 0
                : (double) matched.size() / job.requiredSkills().size();
        double nice = job.niceSkills().isEmpty()
                ? 0
                : (double) niceMatched.size() / job.niceSkills().size();
        double semantic = calibration.apply(cosine);
        double titleOverlap = titleOverlap(job, resume);
        double seniority = seniorityFit(job, resume);
        double titleFit = 0.7 * titleOverlap + 0.3 * seniority;

        double wRequired = weights.required();
        double wNice = weights.nice();
        double wSemantic = weights.semantic();
        double wTitle = weights.title();
        if (job.niceSkills().isEmpty()) {
            // No nice-to-haves named: their weight joins required coverage (or meaning, below, if none either).
            wRequired += wNice;
            wNice = 0;
        }
        if (job.requiredSkills().isEmpty()) {
            double spare = wRequired;
            double rest = wSemantic + wTitle;
            if (rest > 0) {
                wSemantic += spare * wSemantic / rest;
                wTitle += spare * wTitle / rest;
            }
            wRequired = 0;
        }
        double total = wRequired + wNice + wSemantic + wTitle;
        double blended = total == 0
                ? 0
                : (wRequired * required + wNice * nice + wSemantic * semantic + wTitle * titleFit) / total;
        Breakdown breakdown =
                new Breakdown(required, nice, semantic, titleOverlap, seniority, matched, missing, niceMatched);
        int score = (int) Math.round(100 * blended);
        return new Match(score, blended, Reasons.of(job, resume, breakdown, cosine), breakdown);
    }

    private static double titleOverlap(JobFeatures job, ResumeFeatures resume) {
        double best = 0;
        for (int i = 0; i < resume.titles().size(); i++) {
            // Recent roles say more about fit than old ones.
            double recency = i == 0 ? 1.0 : 0.8;
            best = Math.max(
                    best,
                    recency
                            * Titles.overlap(
                                    job.titleWords(),
                                    Titles.words(resume.titles().get(i))));
        }
        return best;
    }

    static double seniorityFit(JobFeatures job, ResumeFeatures resume) {
        if (job.yearsAsked().isEmpty() || resume.years().isEmpty()) {
            return 0.5;
        }
        int asked = job.yearsAsked().get();
        double have = resume.years().get();
        if (asked == 0) {
            return have <= 3 ? 1.0 : 0.6;
        }
        return Math.min(1.0, have / asked);
    }

    static String format(double years) {
        return String.format(Locale.ROOT, "%.0f", Math.floor(years));
    }

    static List<String> copy(List<String> list) {
        return new ArrayList<>(list);
    }
}

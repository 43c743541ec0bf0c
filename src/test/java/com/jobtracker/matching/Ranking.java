package com.jobtracker.matching;

import com.jobtracker.matching.embedding.DocumentEmbedder;
import com.jobtracker.matching.embedding.LocalMiniLmEmbeddings;
import com.jobtracker.matching.embedding.Vectors;
import com.jobtracker.matching.scoring.Calibration;
import com.jobtracker.matching.scoring.JobFeatures;
import com.jobtracker.matching.scoring.MatchScorer;
import com.jobtracker.matching.scoring.ResumeFeatures;
import com.jobtracker.resumes.ResumeProfile;
import com.jobtracker.resumes.SkillCatalog;
import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.extraction.ExtractionLimits;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking benchmark's machinery, shared by the quality tests and the benchmark report: documents read the way the
 * application reads them, one in-process model per JVM, and nDCG.
 */
final class Ranking {

    static final LocalMiniLmEmbeddings MODEL = new LocalMiniLmEmbeddings();
    static final DocumentEmbedder EMBEDDER = new DocumentEmbedder(MODEL);
    static final SkillCatalog CATALOG = SkillCatalog.bundled();
    static final YearMonth NOW = YearMonth.of(2026, 11);

    record Resume(String id, ResumeFeatures features, float[] vector) {}

    record Job(String id, JobFeatures features, float[] vector) {}

    private Ranking() {}

    static Resume resume(String id, String text) {
        ResumeProfile profile = new ResumeTextParser(CATALOG).parse(text);
        return new Resume(id, ResumeFeatures.of(CATALOG, profile, text, NOW), EMBEDDER.embed(text));
    }

    static Job job(String id, String title, String description, boolean remote, String location) {
        return new Job(
                id,
                JobFeatures.of(CATALOG, title, description, remote, location),
                EMBEDDER.embed(title + "\n" + description));
    }

    static MatchScorer.Match score(Resume resume, Job job, MatchScorer.Weights weights) {
        return new MatchScorer(weights)
                .score(
                        job.features(),
                        resume.features(),
                        Vectors.cosine(resume.vector(), job.vector()),
                        Calibration.MINILM);
    }

    /** Job ids by descending score (exact, before rounding); ties by id so the order is deterministic. */
    static List<String> rank(Resume resume, List<Job> jobs, MatchScorer.Weights weights) {
        record Scored(String id, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (Job job : jobs) {
            scored.add(new Scored(job.id(), score(resume, job, weights).exactScore()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        return scored.stream().map(Scored::id).toList();
    }

    static double ndcgAt(int k, List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0), i);
        }
        List<Integer> ideal =
                grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int position) {
        return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }

    static String pdfText(String path) {
        try (InputStream in = Ranking.class.getResourceAsStream(path);
                DocumentTextExtractor extractor = new DocumentTextExtractor(ExtractionLimits.defaults())) {
            if (in == null) {
                throw new IllegalArgumentException(path);
            }
            return extractor.extract(in.readAllBytes()).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /** A Resume-Matcher job PDF: its first line "Job Description: Title (N Years of Experience)" is the title. */
    static Job resumeMatcherJob(String name) {
        String text = pdfText("/fixtures/jobs/resume-matcher/job_desc_" + name + ".pdf")
                .strip();
        String firstLine = text.lines().findFirst().orElse("");
        String title = firstLine.replaceFirst("^Job Description:\\s*", "");
        return job(name, title, text, false, "San Francisco, CA, USA");
    }
}

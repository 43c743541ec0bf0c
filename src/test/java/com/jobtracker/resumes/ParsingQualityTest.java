package com.jobtracker.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.resumes.extraction.ExtractionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The parser against ground truth. The quality floors are regressions guards for the measured figures in
 * docs/benchmarks.md; {@code -Dbenchmarks=true} also prints the per-layout table that page shows.
 */
class ParsingQualityTest {

    @Test
    void readsEveryRenderCvLayoutsExperienceExactly() throws ExtractionException {
        try (ParsingEvaluation evaluation = new ParsingEvaluation()) {
            for (ParsingEvaluation.Case testCase : ParsingEvaluation.corpus()) {
                if (!testCase.layout().startsWith("rendercv")) {
                    continue;
                }
                FieldScores scores = new FieldScores();
                evaluation.score(testCase, scores);
                for (String field : new String[] {
                    "name",
                    "email",
                    "experience.title",
                    "experience.company",
                    "experience.dates",
                    "education.institution"
                }) {
                    assertThat(scores.fields().get(field).f1())
                            .as(testCase.layout() + " " + field)
                            .isEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void keepsFieldLevelQualityAcrossAllLayouts() throws ExtractionException {
        FieldScores scores = new FieldScores();
        try (ParsingEvaluation evaluation = new ParsingEvaluation()) {
            for (ParsingEvaluation.Case testCase : ParsingEvaluation.corpus()) {
                evaluation.score(testCase, scores);
            }
        }
        System.out.println(scores.table());
        scores.fields()
                .forEach((field, count) -> assertThat(count.f1()).as(field).isGreaterThanOrEqualTo(0.8));
    }

    /** Upload-to-profile time (detect, extract, parse) of a real two-page PDF, p50 over 50 reads after warm-up. */
    private static String parseTimes() throws ExtractionException {
        byte[] twoPages = GroundTruth.resource("/fixtures/resumes/rendercv/John_Doe_ClassicTheme_CV.pdf");
        try (ParsingEvaluation evaluation = new ParsingEvaluation()) {
            for (int i = 0; i < 20; i++) {
                evaluation.reader.read(twoPages);
            }
            double[] millis = new double[50];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                evaluation.reader.read(twoPages);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            return "%nResume read (detect + extract + parse), RenderCV Classic 2-page PDF (%d bytes): p50 %.1f ms,"
                            .formatted(twoPages.length, millis[25])
                    + " p90 %.1f ms, max %.1f ms over 50 reads%n".formatted(millis[45], millis[49]);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "benchmarks", matches = "true")
    void printsThePerLayoutTable() throws ExtractionException {
        Map<String, FieldScores> byLayout = new LinkedHashMap<>();
        FieldScores all = new FieldScores();
        try (ParsingEvaluation evaluation = new ParsingEvaluation()) {
            for (ParsingEvaluation.Case testCase : ParsingEvaluation.corpus()) {
                String group = testCase.layout().startsWith("rendercv") ? "rendercv (8 themes)" : testCase.layout();
                evaluation.score(testCase, byLayout.computeIfAbsent(group, key -> new FieldScores()));
                evaluation.score(testCase, all);
            }
        }
        StringBuilder out = new StringBuilder("### All documents\n\n").append(all.table());
        byLayout.forEach((layout, scores) ->
                out.append("\n### ").append(layout).append("\n\n").append(scores.table()));
        out.append(parseTimes());
        System.out.println("BENCHMARK parsing\n" + out);
        assertThat(all.fields()).isNotEmpty();
    }
}

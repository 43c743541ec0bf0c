package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.extraction.ExtractionLimits;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The parsing benchmark's corpus and scoring: the eight RenderCV PDFs against their YAML, and the four JSON Resume
 * samples rendered in three layouts against their JSON. Shared by the quality test and the benchmark report.
 */
final class ParsingEvaluation implements AutoCloseable {

    record Case(String label, String layout, byte[] document, GroundTruth truth) {}

    static final List<String> RENDERCV_THEMES = List.of(
            "Classic", "Ember", "Engineeringclassic", "Engineeringresumes", "Harvard", "Ink", "Moderncv", "Opal");
    static final List<String> JSON_RESUMES = List.of("sample", "new-grad", "career-changer", "senior-engineer");

    private final DocumentTextExtractor extractor = new DocumentTextExtractor(ExtractionLimits.defaults());
    final ResumeReader reader = new ResumeReader(extractor, new ResumeTextParser(SkillCatalog.bundled()));

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        for (String theme : RENDERCV_THEMES) {
            String base = "/fixtures/resumes/rendercv/John_Doe_" + theme + "Theme_CV";
            cases.add(new Case(
                    theme,
                    "rendercv-" + theme.toLowerCase(),
                    GroundTruth.resource(base + ".pdf"),
                    GroundTruth.renderCv(base + ".yaml")));
        }
        List<Function<JsonNode, byte[]>> layouts =
                List.of(Layouts::classicPdf, Layouts::dateFirstDocx, Layouts::twoColumnPdf);
        List<String> names = List.of("classic-pdf", "date-first-docx", "two-column-pdf");
        for (String resume : JSON_RESUMES) {
            GroundTruth truth = GroundTruth.jsonResume("/fixtures/jsonresume/" + resume + ".resume.json");
            for (int i = 0; i < layouts.size(); i++) {
                cases.add(new Case(resume, names.get(i), layouts.get(i).apply(truth.json()), truth));
            }
        }
        return cases;
    }

    /** Scores one case into {@code scores}; returns the parsed profile for inspection. */
    ResumeProfile score(Case testCase, FieldScores scores) throws ExtractionException {
        ResumeProfile parsed = reader.read(testCase.document()).profile();
        GroundTruth truth = testCase.truth();
        scores.compareOne("name", parsed.contact().name(), truth.name());
        scores.compareOne("email", parsed.contact().email(), truth.email());
        scores.compareOne("phone", FieldScores.digits(parsed.contact().phone()), FieldScores.digits(truth.phone()));
        SkillCatalog catalog = SkillCatalog.bundled();
        List<String> expectedSkills = new ArrayList<>();
        for (String skill : truth.skills()) {
            List<String> canonical = catalog.find(skill);
            // A skill the vocabulary does not know stays as written: the parser cannot output it, so it counts as
            // missed.
            expectedSkills.add(canonical.isEmpty() ? skill : canonical.getFirst());
        }
        scores.compare(
                "skills", parsed.skills(), expectedSkills.stream().distinct().toList());
        scores.compare(
                "experience.title",
                parsed.experience().stream().map(e -> String.valueOf(e.title())).toList(),
                truth.jobs().stream().map(GroundTruth.Job::title).toList());
        scores.compare(
                "experience.company",
                parsed.experience().stream()
                        .map(e -> String.valueOf(e.company()))
                        .toList(),
                truth.jobs().stream().map(GroundTruth.Job::company).toList());
        scores.compare(
                "experience.dates",
                parsed.experience().stream()
                        .map(e -> e.startDate() + "→" + e.endDate())
                        .toList(),
                truth.jobs().stream().map(j -> j.start() + "→" + j.end()).toList());
        scores.compare(
                "education.degree",
                parsed.education().stream().map(e -> String.valueOf(e.degree())).toList(),
                truth.schools().stream().map(GroundTruth.School::degree).toList());
        scores.compare(
                "education.institution",
                parsed.education().stream()
                        .map(e -> String.valueOf(e.institution()))
                        .toList(),
                truth.schools().stream().map(GroundTruth.School::institution).toList());
        scores.compare(
                "education.field",
                parsed.education().stream().map(e -> String.valueOf(e.field())).toList(),
                truth.schools().stream().map(GroundTruth.School::field).toList());
        return parsed;
    }

    @Override
    public void close() {
        extractor.close();
    }
}

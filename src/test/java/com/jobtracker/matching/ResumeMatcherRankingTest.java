package com.jobtracker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.matching.scoring.MatchScorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hard requirement: each Resume-Matcher resume ranks its expected job first. */
class ResumeMatcherRankingTest {

    static final Map<String, String> EXPECTED = Map.of(
            "alfred_pennyworth_pm", "product_manager",
            "barry_allen_fe", "front_end_engineer",
            "bruce_wayne_fullstack", "full_stack_engineer",
            "john_doe", "java_developer");
    static final List<String> RESUMES =
            List.of("alfred_pennyworth_pm", "barry_allen_fe", "bruce_wayne_fullstack", "harvey_dent_mle", "john_doe");
    static final List<String> JOBS =
            List.of("front_end_engineer", "full_stack_engineer", "java_developer", "product_manager");

    static List<Ranking.Job> jobs;

    @BeforeAll
    static void embedJobs() {
        jobs = JOBS.stream().map(Ranking::resumeMatcherJob).toList();
    }

    static Ranking.Resume resume(String name) {
        return Ranking.resume(name, Ranking.pdfText("/fixtures/resumes/resume-matcher/" + name + ".pdf"));
    }

    @Test
    void ranksEachResumesExpectedJobFirst() {
        EXPECTED.forEach((resumeName, expectedJob) -> {
            Ranking.Resume resume = resume(resumeName);
            List<String> ranking = Ranking.rank(resume, jobs, MatchScorer.Weights.DEFAULT);
            StringBuilder detail = new StringBuilder(resumeName + " → " + ranking + "\n");
            for (Ranking.Job job : jobs) {
                detail.append("  ")
                        .append(job.id())
                        .append(": ")
                        .append(Ranking.score(resume, job, MatchScorer.Weights.DEFAULT))
                        .append('\n');
            }
            System.out.println(detail);
            assertThat(ranking.getFirst()).as(detail.toString()).isEqualTo(expectedJob);
        });
    }

    @Test
    void givesTheSameScoreForTheSameInputs() {
        Ranking.Resume first = resume("john_doe");
        Ranking.Resume second = resume("john_doe");
        for (Ranking.Job job : jobs) {
            assertThat(Ranking.score(first, job, MatchScorer.Weights.DEFAULT))
                    .isEqualTo(Ranking.score(second, job, MatchScorer.Weights.DEFAULT));
        }
    }
}

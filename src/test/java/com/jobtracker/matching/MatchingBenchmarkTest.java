package com.jobtracker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.matching.embedding.Chunker;
import com.jobtracker.matching.embedding.DocumentEmbedder;
import com.jobtracker.matching.embedding.LocalMiniLmEmbeddings;
import com.jobtracker.matching.scoring.MatchScorer.Weights;
import com.jobtracker.resumes.Documents;
import com.jobtracker.resumes.Multipart;
import com.jobtracker.testing.ApiTest;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Speed figures for docs/benchmarks.md, measured, never asserted: ranking 1,000 jobs with cached vectors, embedding
 * throughput against the raw model's in the same run, and the graded set's nDCG@10 table. Runs only with
 * {@code -Dbenchmarks=true}.
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class MatchingBenchmarkTest extends ApiTest {

    @Autowired
    JobMatcher matcher;

    @Autowired
    DocumentEmbedder embedder;

    static List<MatchableJob> thousandJobs() {
        GradedSet set = GradedSet.load();
        List<MatchableJob> jobs = new ArrayList<>();
        String[] cities = {"Berlin, Germany", "London, UK", "Remote", "Milan, Italy", "Tokyo, Japan"};
        for (int i = 0; i < 1000; i++) {
            Ranking.Job template = set.jobs.get(i % set.jobs.size());
            String description = "Team " + i + ". We ship weekly and review every change.\nRequirements\n"
                    + String.join("\n", template.features().requiredSkills()) + "\n"
                    + (i % 3 + 2) + "+ years of experience\nNice to have\n"
                    + String.join("\n", template.features().niceSkills());
            jobs.add(new MatchableJob(
                    "bench:" + i, template.features().title(), "Company " + i, description, cities[i % 5], i % 5 == 2));
        }
        return jobs;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    @Test
    void measuresRankingEmbeddingAndQuality() {
        StringBuilder report = new StringBuilder("BENCHMARK matching\n");
        Session ada = signUp();
        Multipart body = Multipart.file("file", "ada.pdf", "application/pdf", Documents.pdf(JobMatcherTest.RESUME));
        api.post("/api/v1/resume/upload")
                .bearer(ada.accessToken())
                .bytes(body.contentType(), body.body())
                .send();
        UUID user = UUID.fromString(ada.userId());
        List<MatchableJob> jobs = thousandJobs();

        long start = System.nanoTime();
        matcher.rank(user, jobs).orElseThrow();
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            assertThat(matcher.rank(user, jobs).orElseThrow()).hasSize(1000);
            warm.add((System.nanoTime() - t) / 1e6);
        }
        report.append("rank 1000 jobs, first call (embeds every job, stores vectors): %.1f s%n".formatted(coldSeconds));
        report.append("rank 1000 jobs, cached vectors: p50 %.1f ms, min %.1f ms over 20 runs%n"
                .formatted(
                        median(warm),
                        warm.stream().mapToDouble(Double::doubleValue).min().orElseThrow()));

        LocalMiniLmEmbeddings local = (LocalMiniLmEmbeddings) embedder.provider();
        EmbeddingModel raw = local.rawModel();
        List<String> texts =
                jobs.subList(0, 100).stream().map(MatchableJob::embeddedText).toList();
        List<String> chunks = texts.stream()
                .flatMap(text -> Chunker.chunks(text, local.maxWordsPerChunk()).stream())
                .map(Chunker.Chunk::text)
                .toList();
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (String chunk : chunks) {
                raw.embed(TextSegment.from(chunk));
            }
            double rawSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            embedder.embedAll(texts);
            double oursSeconds = (System.nanoTime() - t1) / 1e9;
            if (round == 1) {
                report.append(("embedding %d chunks (%d job texts): raw LangChain4j model %.1f chunks/s, "
                                + "DocumentEmbedder (chunk + embed + pool) %.1f chunks/s%n")
                        .formatted(
                                chunks.size(), texts.size(), chunks.size() / rawSeconds, chunks.size() / oursSeconds));
            }
        }
        String longText =
                String.join(" ", java.util.Collections.nCopies(40, jobs.get(0).embeddedText()));
        int words = longText.split("\\s+").length;
        long t2 = System.nanoTime();
        embedder.embed(longText);
        report.append("one %d-word text: %d chunks, %.0f ms%n"
                .formatted(
                        words,
                        Chunker.chunks(longText, local.maxWordsPerChunk()).size(),
                        (System.nanoTime() - t2) / 1e6));

        GradedSet set = GradedSet.load();
        report.append(
                "graded set nDCG@10 (mean over %d resumes, %d jobs): raw cosine %.3f, skill coverage %.3f, blend %.3f%n"
                        .formatted(
                                set.resumes.size(),
                                set.jobs.size(),
                                set.meanNdcgAt10(Weights.SEMANTIC_ONLY),
                                set.meanNdcgAt10(Weights.COVERAGE_ONLY),
                                set.meanNdcgAt10(Weights.DEFAULT)));
        report.append("per resume (cosine / coverage / blend):%n".formatted());
        var cosine = set.ndcgPerResume(Weights.SEMANTIC_ONLY);
        var coverage = set.ndcgPerResume(Weights.COVERAGE_ONLY);
        var blend = set.ndcgPerResume(Weights.DEFAULT);
        cosine.keySet()
                .forEach(id -> report.append(
                        "  %s: %.3f / %.3f / %.3f%n".formatted(id, cosine.get(id), coverage.get(id), blend.get(id))));

        List<Ranking.Job> rmJobs = ResumeMatcherRankingTest.JOBS.stream()
                .map(Ranking::resumeMatcherJob)
                .toList();
        for (String name : ResumeMatcherRankingTest.RESUMES) {
            Ranking.Resume resume = ResumeMatcherRankingTest.resume(name);
            List<String> order = Ranking.rank(resume, rmJobs, Weights.DEFAULT);
            List<Integer> scores = order.stream()
                    .map(id -> Ranking.score(
                                    resume,
                                    rmJobs.stream()
                                            .filter(j -> j.id().equals(id))
                                            .findFirst()
                                            .orElseThrow(),
                                    Weights.DEFAULT)
                            .score())
                    .toList();
            report.append("resume-matcher %s: %s %s (expected first: %s)%n"
                    .formatted(
                            name, order, scores, ResumeMatcherRankingTest.EXPECTED.getOrDefault(name, "none given")));
        }
        System.out.println(report);
        assertThat(Arrays.asList(report.toString().split("\n"))).hasSizeGreaterThan(5);
    }
}

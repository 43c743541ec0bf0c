package com.jobtracker.matching;

import com.jobtracker.matching.scoring.MatchScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The graded resume × job set (src/test/resources/matching/graded-set.json) and its mean nDCG@10 per scorer. */
final class GradedSet {

    final List<Ranking.Resume> resumes = new ArrayList<>();
    final List<Ranking.Job> jobs = new ArrayList<>();
    final Map<String, Map<String, Integer>> grades = new HashMap<>();

    static GradedSet load() {
        try (InputStream in = GradedSet.class.getResourceAsStream("/matching/graded-set.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            GradedSet set = new GradedSet();
            root.path("resumes")
                    .forEach(r -> set.resumes.add(Ranking.resume(
                            r.path("id").asString(), r.path("text").asString())));
            root.path("jobs")
                    .forEach(j -> set.jobs.add(Ranking.job(
                            j.path("id").asString(),
                            j.path("title").asString(),
                            j.path("description").asString(),
                            j.path("remote").asBoolean(),
                            j.path("location").asString())));
            root.path("grades").properties().forEach(entry -> {
                Map<String, Integer> byJob = new LinkedHashMap<>();
                entry.getValue()
                        .properties()
                        .forEach(g -> byJob.put(g.getKey(), g.getValue().asInt()));
                set.grades.put(entry.getKey(), byJob);
            });
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double meanNdcgAt10(MatchScorer.Weights weights) {
        return resumes.stream()
                .mapToDouble(resume -> Ranking.ndcgAt(10, Ranking.rank(resume, jobs, weights), grades.get(resume.id())))
                .average()
                .orElseThrow();
    }

    Map<String, Double> ndcgPerResume(MatchScorer.Weights weights) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Ranking.Resume resume : resumes) {
            result.put(resume.id(), Ranking.ndcgAt(10, Ranking.rank(resume, jobs, weights), grades.get(resume.id())));
        }
        return result;
    }
}

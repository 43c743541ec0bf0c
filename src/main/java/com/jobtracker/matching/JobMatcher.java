package com.jobtracker.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobtracker.matching.embedding.DocumentEmbedder;
import com.jobtracker.matching.embedding.Vectors;
import com.jobtracker.matching.scoring.Calibration;
import com.jobtracker.matching.scoring.JobFeatures;
import com.jobtracker.matching.scoring.MatchScorer;
import com.jobtracker.matching.scoring.ResumeFeatures;
import com.jobtracker.resumes.CurrentResume;
import com.jobtracker.resumes.Resumes;
import com.jobtracker.resumes.SkillCatalog;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Scores jobs against a person's current resume. Job vectors are looked up by the hash of their text and the model
 * (memory first, then the database) and only the misses are embedded, in one batch; job features are cached the same
 * way. Results are sorted by score, ties by job id, so the same inputs always give the same order.
 */
@Service
public class JobMatcher {

    private final Resumes resumes;
    private final ResumeVectors resumeVectors;
    private final DocumentEmbedder embedder;
    private final VectorStore store;
    private final Clock clock;
    private final SkillCatalog catalog = SkillCatalog.bundled();
    private final MatchScorer scorer = new MatchScorer(MatchScorer.Weights.DEFAULT);
    private final Cache<String, float[]> jobVectors;
    private final Cache<String, JobFeatures> jobFeatures;

    JobMatcher(
            Resumes resumes,
            ResumeVectors resumeVectors,
            DocumentEmbedder embedder,
            VectorStore store,
            Clock clock,
            MatchingProperties properties) {
        this.resumes = resumes;
        this.resumeVectors = resumeVectors;
        this.embedder = embedder;
        this.store = store;
        this.clock = clock;
        this.jobVectors = Caffeine.newBuilder()
                .maximumSize(properties.jobVectorCacheSize())
                .build();
        this.jobFeatures = Caffeine.newBuilder()
                .maximumSize(properties.jobVectorCacheSize())
                .build();
    }

    /** Empty when the person has no resume. */
    public Optional<List<JobMatch>> rank(UUID userId, List<MatchableJob> jobs) {
        Optional<CurrentResume> current = resumes.current(userId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        CurrentResume resume = current.get();
        float[] resumeVector = resumeVectors.vector(resume.id(), resume.text());
        ResumeFeatures features = ResumeFeatures.of(catalog, resume.profile(), resume.text(), YearMonth.now(clock));
        return Optional.of(score(jobs, features, resumeVector));
    }

    List<JobMatch> score(List<MatchableJob> jobs, ResumeFeatures resume, float[] resumeVector) {
        Map<String, float[]> vectors = vectorsFor(jobs);
        Calibration calibration = Calibration.forModel(embedder.provider().model());
        List<JobMatch> matches = new ArrayList<>(jobs.size());
        for (MatchableJob job : jobs) {
            String text = job.embeddedText();
            String hash = VectorStore.hex(VectorStore.hash(text));
            JobFeatures features = jobFeatures.get(
                    hash,
                    key -> JobFeatures.of(
                            catalog,
                            job.title(),
                            job.description() == null ? "" : job.description(),
                            job.remote(),
                            job.location()));
            double cosine = Vectors.cosine(resumeVector, vectors.get(hash));
            MatchScorer.Match match =
                    scorer.score(features.withWhere(job.remote(), job.location()), resume, cosine, calibration);
            matches.add(new JobMatch(job.id(), match.score(), match.reasons()));
        }
        matches.sort(Comparator.comparingInt(JobMatch::score).reversed().thenComparing(JobMatch::jobId));
        return matches;
    }

    private Map<String, float[]> vectorsFor(List<MatchableJob> jobs) {
        String modelKey = EmbeddingKey.of(embedder.provider()).toString();
        Map<String, float[]> found = new HashMap<>();
        Map<String, String> missingTexts = new LinkedHashMap<>();
        for (MatchableJob job : jobs) {
            String text = job.embeddedText();
            String hash = VectorStore.hex(VectorStore.hash(text));
            float[] cached = jobVectors.getIfPresent(modelKey + hash);
            if (cached != null) {
                found.put(hash, cached);
            } else {
                missingTexts.putIfAbsent(hash, text);
            }
        }
        if (!missingTexts.isEmpty()) {
            EmbeddingKey key = EmbeddingKey.of(embedder.provider());
            List<byte[]> hashes = missingTexts.keySet().stream()
                    .map(java.util.HexFormat.of()::parseHex)
                    .toList();
            Map<String, float[]> stored = store.jobVectors(hashes, key);
            found.putAll(stored);
            missingTexts.keySet().removeAll(stored.keySet());
            if (!missingTexts.isEmpty()) {
                List<String> order = new ArrayList<>(missingTexts.keySet());
                List<float[]> embedded =
                        embedder.embedAll(order.stream().map(missingTexts::get).toList());
                Map<String, float[]> fresh = new LinkedHashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    fresh.put(order.get(i), embedded.get(i));
                }
                store.saveJobVectors(fresh, key);
                found.putAll(fresh);
            }
            found.forEach((hash, vector) -> jobVectors.put(modelKey + hash, vector));
        }
        return found;
    }
}

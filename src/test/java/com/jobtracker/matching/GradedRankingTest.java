package com.jobtracker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.matching.scoring.MatchScorer.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blend must rank the graded set better than either of its two main signals alone (nDCG@10). */
class GradedRankingTest {

    static GradedSet set;

    @BeforeAll
    static void load() {
        set = GradedSet.load();
    }

    @Test
    void blendBeatsRawCosineAndSkillCoverage() {
        double blend = set.meanNdcgAt10(Weights.DEFAULT);
        double cosine = set.meanNdcgAt10(Weights.SEMANTIC_ONLY);
        double coverage = set.meanNdcgAt10(Weights.COVERAGE_ONLY);
        System.out.printf("nDCG@10 blend %.3f cosine %.3f coverage %.3f%n", blend, cosine, coverage);
        System.out.println("per resume blend " + set.ndcgPerResume(Weights.DEFAULT));
        System.out.println("per resume cosine " + set.ndcgPerResume(Weights.SEMANTIC_ONLY));
        System.out.println("per resume coverage " + set.ndcgPerResume(Weights.COVERAGE_ONLY));
        assertThat(blend).isGreaterThan(cosine).isGreaterThan(coverage);
    }
}

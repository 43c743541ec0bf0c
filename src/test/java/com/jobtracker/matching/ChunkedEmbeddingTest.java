package com.jobtracker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.matching.embedding.Chunker;
import com.jobtracker.matching.embedding.Vectors;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Test;

/**
 * MATCHING.md fact 1: the bundled MiniLM tokenizer stops at 128 word pieces, so the raw model ignores a long text's
 * tail. Chunking and pooling make the whole text count.
 */
class ChunkedEmbeddingTest {

    private static final String HEAD =
            ("Senior backend engineer with years of experience building Java and Spring Boot "
                            + "services on PostgreSQL, designing event driven systems with Kafka, leading code reviews, "
                            + "mentoring engineers and owning production operations on Kubernetes. ")
                    .repeat(6);
    private static final String TAIL_A = "Later I led a machine learning platform team training PyTorch models.";
    private static final String TAIL_B = "Later I ran a bakery, baking sourdough bread and pastries every morning.";

    @Test
    void rawModelIgnoresTextPastItsWindow() {
        float[] a = Vectors.normalise(Ranking.MODEL
                .rawModel()
                .embed(TextSegment.from(HEAD + TAIL_A))
                .content()
                .vector());
        float[] b = Vectors.normalise(Ranking.MODEL
                .rawModel()
                .embed(TextSegment.from(HEAD + TAIL_B))
                .content()
                .vector());
        assertThat(Vectors.cosine(a, b)).isGreaterThan(0.9999);
    }

    @Test
    void chunkedEmbeddingCountsTheWholeText() {
        assertThat(Chunker.chunks(HEAD + TAIL_A, Ranking.MODEL.maxWordsPerChunk()))
                .hasSizeGreaterThan(2);
        float[] a = Ranking.EMBEDDER.embed(HEAD + TAIL_A);
        float[] b = Ranking.EMBEDDER.embed(HEAD + TAIL_B);
        assertThat(Vectors.cosine(a, b)).isLessThan(0.995);
    }

    @Test
    void keepsEveryWordInExactlyOneChunk() {
        String text = HEAD + TAIL_A;
        int words = text.strip().split("\\s+").length;
        int chunked =
                Chunker.chunks(text, 60).stream().mapToInt(Chunker.Chunk::words).sum();
        assertThat(chunked).isEqualTo(words);
        assertThat(Chunker.chunks(text, 60))
                .allSatisfy(chunk -> assertThat(chunk.words()).isLessThanOrEqualTo(60));
    }
}

package com.jobtracker.matching.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds whole documents: each is chunked to what the model reads, all chunks of a batch go to the provider together
 * (one request for a remote API), and each document's chunk vectors are pooled by word count. Text past the model's
 * window therefore still moves the vector.
 */
public final class DocumentEmbedder {

    private final EmbeddingProvider provider;

    public DocumentEmbedder(EmbeddingProvider provider) {
        this.provider = provider;
    }

    public EmbeddingProvider provider() {
        return provider;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<String> chunkTexts = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (String text : texts) {
            List<Chunker.Chunk> chunks = Chunker.chunks(text, provider.maxWordsPerChunk());
            if (chunks.isEmpty()) {
                chunks = List.of(new Chunker.Chunk("(empty)", 1));
            }
            counts.add(chunks.size());
            for (Chunker.Chunk chunk : chunks) {
                chunkTexts.add(chunk.text());
                weights.add(chunk.words());
            }
        }
        List<float[]> vectors = provider.embed(chunkTexts);
        List<float[]> documents = new ArrayList<>();
        int offset = 0;
        for (int count : counts) {
            documents.add(
                    Vectors.pool(vectors.subList(offset, offset + count), weights.subList(offset, offset + count)));
            offset += count;
        }
        return documents;
    }
}

package com.jobtracker.matching.embedding;

import java.util.List;

/**
 * Turns texts into unit-length vectors. Implementations say which {@code (provider, model, dimensions)} they produce:
 * vectors of different models are never compared, and stored vectors carry these three values.
 */
public interface EmbeddingProvider {

    String provider();

    String model();

    int dimensions();

    /**
     * The longest chunk, in words, that the model reads completely. Longer texts are cut into chunks of at most this
     * many words, embedded separately and pooled.
     */
    int maxWordsPerChunk();

    /** One L2-normalised vector per text, in order. */
    List<float[]> embed(List<String> texts);
}

package com.jobtracker.matching;

import com.jobtracker.matching.embedding.EmbeddingProvider;

/** Which model a vector came from; vectors are compared only within one key. */
record EmbeddingKey(String provider, String model, int dimensions) {

    static EmbeddingKey of(EmbeddingProvider provider) {
        return new EmbeddingKey(provider.provider(), provider.model(), provider.dimensions());
    }
}

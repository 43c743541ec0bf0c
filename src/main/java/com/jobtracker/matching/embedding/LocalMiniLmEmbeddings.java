package com.jobtracker.matching.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized) in process through LangChain4j and ONNX Runtime: no network, 384 dimensions. The model
 * loads once, lazily, on first use.
 */
public final class LocalMiniLmEmbeddings implements EmbeddingProvider {

    public static final String MODEL = "all-minilm-l6-v2-q";

    private volatile EmbeddingModel model;

    @Override
    public String provider() {
        return "local";
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public int maxWordsPerChunk() {
        return 60;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        EmbeddingModel loaded = rawModel();
        // One at a time: embedAll gains nothing on two cores (MATCHING.md) and keeps memory flat.
        return texts.stream()
                .map(text -> Vectors.normalise(
                        loaded.embed(TextSegment.from(text)).content().vector()))
                .toList();
    }

    /** The raw LangChain4j model, for measuring its own throughput beside ours. */
    public EmbeddingModel rawModel() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}

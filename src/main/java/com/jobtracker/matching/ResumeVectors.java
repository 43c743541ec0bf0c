package com.jobtracker.matching;

import com.jobtracker.matching.embedding.DocumentEmbedder;
import com.jobtracker.resumes.ResumeEmbeddings;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A resume's pooled vector for the configured model: computed when the resume is stored and again, lazily, when the
 * model changes or the text does.
 */
@Component
class ResumeVectors implements ResumeEmbeddings {

    private final DocumentEmbedder embedder;
    private final VectorStore store;

    ResumeVectors(DocumentEmbedder embedder, VectorStore store) {
        this.embedder = embedder;
        this.store = store;
    }

    @Override
    public String modelName() {
        return embedder.provider().model();
    }

    @Override
    public void resumeStored(UUID resumeId, String text) {
        vector(resumeId, text);
    }

    float[] vector(UUID resumeId, String text) {
        EmbeddingKey key = EmbeddingKey.of(embedder.provider());
        byte[] hash = VectorStore.hash(text);
        return store.resumeVector(resumeId, key, hash).orElseGet(() -> {
            float[] vector = embedder.embed(text);
            store.saveResumeVector(resumeId, key, hash, vector);
            return vector;
        });
    }
}

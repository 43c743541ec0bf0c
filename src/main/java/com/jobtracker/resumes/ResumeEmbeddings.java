package com.jobtracker.resumes;

import java.util.UUID;

/**
 * Implemented by the matching module: told about each newly stored resume so its vectors exist before the first
 * recommendation, and asked which model they come from (the {@code embedding_model} of the API).
 */
public interface ResumeEmbeddings {

    String modelName();

    void resumeStored(UUID resumeId, String text);
}

package com.jobtracker.resumes.storage;

import java.time.Instant;
import java.util.List;

/**
 * Stores uploaded files under random keys. Nothing a client sends becomes part of a key, and nothing stored is ever
 * served as a web resource.
 */
public interface ResumeStorage {

    /** Stores the bytes under a fresh random key and returns it. */
    String store(byte[] content);

    /** Removes the file; a missing one is not an error. */
    void delete(String key);

    boolean exists(String key);

    /**
     * Keys of files last written before {@code cutoff}, for the nightly sweep of files no resume row points at
     * (a crash between storing a file and committing its row leaves one). Also removes leftover temporary files.
     * Storage that cannot list cheaply answers nothing.
     */
    default List<String> keysWrittenBefore(Instant cutoff) {
        return List.of();
    }
}

package com.jobtracker.resumes.storage;

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
}

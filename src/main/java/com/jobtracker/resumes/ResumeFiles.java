package com.jobtracker.resumes;

import com.jobtracker.shared.JobTrackerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The uploaded files, under {@code <data-dir>/resumes/} with random names: nothing a client sends becomes part of a
 * path, and nothing here is ever served as a web resource.
 */
@Component
class ResumeFiles {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    private final Path root;

    ResumeFiles(JobTrackerProperties properties) {
        this.root = properties.dataDir().resolve("resumes").toAbsolutePath().normalize();
    }

    /** Writes the bytes to a fresh random name (via a temporary file, so a reader never sees half a file). */
    String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a resume file", e);
        }
    }

    void delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(root.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete a resume file", e);
        }
    }

    boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.exists(root.resolve(key));
    }
}

package com.jobtracker.resumes.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Files under {@code <data-dir>/resumes/<uuid>}, written to a temporary file first so no reader sees half a file. */
public final class LocalResumeStorage implements ResumeStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    private final Path root;

    public LocalResumeStorage(Path dataDir) {
        this.root = dataDir.resolve("resumes").toAbsolutePath().normalize();
    }

    @Override
    public String store(byte[] content) {
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

    @Override
    public void delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(root.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete a resume file", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.exists(root.resolve(key));
    }

    @Override
    public List<String> keysWrittenBefore(Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)) {
                    continue;
                }
                String name = file.getFileName().toString();
                if (KEY.matcher(name).matches()) {
                    keys.add(name);
                } else if (name.startsWith("upload-") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list resume files", e);
        }
        return keys;
    }
}

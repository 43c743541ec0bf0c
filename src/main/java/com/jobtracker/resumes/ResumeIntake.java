package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.storage.ResumeStorage;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upload, replace and delete. The new file is read completely before anything is stored; the old resume is replaced
 * only after the new one parsed and its row committed, and its file is removed after that commit.
 */
@Service
class ResumeIntake {

    private static final Logger log = LoggerFactory.getLogger(ResumeIntake.class);

    private final ResumeReader reader;
    private final ResumeStorage files;
    private final ResumeRows rows;
    private final TransactionTemplate transactions;
    private final ObjectProvider<ResumeEmbeddings> embeddings;
    private final Clock clock;

    ResumeIntake(
            ResumeReader reader,
            ResumeStorage files,
            ResumeRows rows,
            TransactionTemplate transactions,
            ObjectProvider<ResumeEmbeddings> embeddings,
            Clock clock) {
        this.reader = reader;
        this.files = files;
        this.rows = rows;
        this.transactions = transactions;
        this.embeddings = embeddings;
        this.clock = clock;
    }

    ResumeRows.Row upload(UUID userId, String originalName, byte[] content) {
        ResumeReader.Read read;
        try {
            read = reader.read(content);
        } catch (ExtractionException e) {
            throw ResumeProblems.rejected(e);
        }
        String key = files.store(content);
        ResumeRows.Row row = new ResumeRows.Row(
                UUID.randomUUID(),
                userId,
                FileNames.sanitise(originalName),
                read.mediaType(),
                content.length,
                key,
                read.profile(),
                read.text(),
                clock.instant());
        List<String> replaced;
        try {
            replaced = transactions.execute(status -> {
                rows.lockOwner(userId);
                List<String> old = rows.deleteAll(userId);
                rows.insert(row);
                return old;
            });
        } catch (RuntimeException e) {
            files.delete(key);
            throw e;
        }
        replaced.forEach(files::delete);
        embeddings.ifAvailable(index -> {
            try {
                index.resumeStored(row.id(), row.text());
            } catch (RuntimeException e) {
                // Vectors are recomputed lazily when matching needs them; the upload itself succeeded.
                log.warn("Embedding resume {} failed; it will be retried on first use", row.id(), e);
            }
        });
        return row;
    }

    ResumeRows.Row current(UUID userId) {
        return rows.latest(userId).orElseThrow(ResumeProblems::notFound);
    }

    void delete(UUID userId) {
        List<String> keys = transactions.execute(status -> rows.deleteAll(userId));
        if (keys.isEmpty()) {
            throw ResumeProblems.notFound();
        }
        keys.forEach(files::delete);
    }

    @org.jspecify.annotations.Nullable
    String embeddingModel() {
        ResumeEmbeddings index = embeddings.getIfAvailable();
        return index == null ? null : index.modelName();
    }
}

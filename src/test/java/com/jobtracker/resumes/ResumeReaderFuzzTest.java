package com.jobtracker.resumes;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.extraction.ExtractionLimits;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fuzzes the parser entry point (SECURITY.md §1.4). Oracle: for any bytes, reading either yields a profile or throws
 * the declared {@link ExtractionException}; any other exception, a hang past the time budget or an out-of-memory is a
 * finding. Without {@code JAZZER_FUZZ} it replays the seed corpus in {@code ResumeReaderFuzzTestInputs}; with it (the
 * build sets it for surefire) Jazzer fuzzes the first fuzz test for {@code maxDuration} and skips the others, hence the
 * order: the byte-level entry point is the one fuzzed on every build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResumeReaderFuzzTest {

    private static final DocumentTextExtractor EXTRACTOR = new DocumentTextExtractor(new ExtractionLimits(
            Duration.ofSeconds(3), 2, Duration.ofSeconds(5), 50_000, 200, 8L * 1024 * 1024, 8L * 1024 * 1024));
    private static final ResumeReader READER =
            new ResumeReader(EXTRACTOR, new ResumeTextParser(SkillCatalog.bundled()));

    @FuzzTest(maxDuration = "30s")
    @Order(1)
    void readsAnyBytesOrRefusesThemWithAReason(byte[] content) {
        try {
            ResumeReader.Read read = READER.read(content);
            if (read.text().isBlank()) {
                throw new AssertionError("a read without text must be refused");
            }
        } catch (ExtractionException expected) {
            // The declared way to refuse a file.
        }
    }

    @FuzzTest(maxDuration = "30s")
    @Order(2)
    void parsesAnyTextWithoutFailing(String text) {
        if (text == null) {
            // Jazzer offers null for reference parameters; the parser's contract is non-null text.
            return;
        }
        new ResumeTextParser(SkillCatalog.bundled()).parse(text);
    }
}

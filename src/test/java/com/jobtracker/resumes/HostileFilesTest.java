package com.jobtracker.resumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.extraction.ExtractionException.Reason;
import com.jobtracker.resumes.extraction.ExtractionLimits;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each hostile file of SECURITY.md §1.4 is refused for the documented reason, and nothing else escapes. */
class HostileFilesTest {

    private static final DocumentTextExtractor EXTRACTOR = new DocumentTextExtractor(ExtractionLimits.defaults());
    private static final ResumeReader READER =
            new ResumeReader(EXTRACTOR, new ResumeTextParser(SkillCatalog.bundled()));

    static final List<String> RESUME = List.of(
            "Ada Lovelace",
            "London, UK | ada@example.com | +44 20 7946 0958",
            "Experience",
            "Software Engineer, Analytical Engines Ltd – London, UK Jan 2020 – Present",
            "• Built Java and Spring Boot services on PostgreSQL",
            "Education",
            "BSc in Mathematics, University of London 2015 – 2019");

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static Reason reasonFor(byte[] content) {
        try {
            READER.read(content);
        } catch (ExtractionException e) {
            return e.reason();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsAPlainPdf() throws ExtractionException {
        ResumeReader.Read read = READER.read(Documents.pdf(RESUME));
        assertThat(read.mediaType()).isEqualTo("application/pdf");
        assertThat(read.profile().contact().email()).isEqualTo("ada@example.com");
    }

    @Test
    void readsADocx() throws ExtractionException {
        ResumeReader.Read read = READER.read(Documents.docx(RESUME));
        assertThat(read.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(read.profile().skills()).contains("Java", "Spring Boot", "PostgreSQL");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(reasonFor(new byte[0])).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refusesHtmlRenamedToPdf() {
        byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Ada</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(reasonFor(html)).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    /** Bytes allocated by every thread of the JVM while {@code action} runs. */
    private static long allocatedDuring(Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getTotalThreadAllocatedBytes();
        action.run();
        return threads.getTotalThreadAllocatedBytes() - before;
    }

    @Test
    void refusesAZipBombDocxWithoutInflatingIt() {
        byte[] bomb = Documents.docxBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        Reason[] reason = new Reason[1];
        long allocated = allocatedDuring(() -> reason[0] = reasonFor(bomb));
        assertThat(reason[0]).isEqualTo(Reason.TOO_COMPLEX);
        // The document inflates to 200 MB; refusing it must cost a small fraction of that.
        assertThat(allocated).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void refusesADocxWithTenThousandEntries() {
        byte[] crowded = Documents.handMadeDocx(
                Documents.DOCX_MAIN, Documents.BODY_START + "Ada Lovelace" + Documents.BODY_END, 10_000);
        assertThat(reasonFor(crowded)).isEqualTo(Reason.TOO_COMPLEX);
    }

    /** POI refuses a DOCTYPE in document.xml outright, so the entity is never resolved. */
    @Test
    void refusesExternalEntitiesInDocumentXml() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>Ada Lovelace &secret;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = Documents.handMadeDocx(Documents.DOCX_MAIN, xxe, 0);
        assertThat(reasonFor(docx)).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void refusesAMacroEnabledDocument() {
        byte[] docm = Documents.handMadeDocx(
                Documents.DOCM_MAIN, Documents.BODY_START + "Ada Lovelace" + Documents.BODY_END, 0);
        assertThat(reasonFor(docm)).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAnEncryptedPdf() {
        assertThat(reasonFor(Documents.encryptedPdf(RESUME))).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = Documents.pdf(RESUME);
        assertThat(reasonFor(Arrays.copyOf(pdf, 400))).isEqualTo(Reason.UNREADABLE);
        assertThat(reasonFor(Arrays.copyOf(pdf, pdf.length / 2))).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void refusesAPdfWithoutText() {
        assertThat(reasonFor(Documents.pdf(List.of()))).isEqualTo(Reason.NO_TEXT);
    }

    @Test
    void refusesBinaryNoise() {
        byte[] noise = new byte[4096];
        new java.util.Random(42).nextBytes(noise);
        assertThatThrownBy(() -> READER.read(noise)).isInstanceOf(ExtractionException.class);
    }
}

package com.jobtracker.resumes.extraction;

import com.jobtracker.resumes.extraction.ExtractionException.Reason;
import com.jobtracker.shared.web.Admission;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Detects a document's type from its bytes (never from its name or the client's header) and extracts its text under
 * {@link ExtractionLimits}: parses run on their own threads, at most {@code maxConcurrent} at once, each abandoned
 * after {@code timeout}; zip containers are checked for bombs and entry counts before inflating; embedded documents
 * are skipped; the text is cut at {@code maxTextChars}.
 */
public final class DocumentTextExtractor implements AutoCloseable {

    /** Accepted types and the name a person knows them by. */
    public static final Map<String, String> SUPPORTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/msword", "DOC",
            "application/vnd.oasis.opendocument.text", "ODT",
            "application/rtf", "RTF",
            "text/plain", "TXT");

    private final ExtractionLimits limits;
    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Detector detector = tika.getDetector();
    private final AutoDetectParser parser = new AutoDetectParser(tika);
    private final Semaphore permits;
    private final ExecutorService workers;

    public DocumentTextExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.maxConcurrent(), true);
        // Daemon platform threads: a parse stuck in native-ish loops must not keep the JVM alive.
        this.workers = Executors.newCachedThreadPool(
                Thread.ofPlatform().daemon().name("resume-extract-", 0).factory());
        guardZipContainers(limits);
    }

    /** POI reads these globals; they are set once, and never to -1 (which would switch the checks off). */
    private static void guardZipContainers(ExtractionLimits limits) {
        ZipSecureFile.setMinInflateRatio(0.01d);
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
        ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextChars() * 4L);
    }

    public String detect(byte[] content) throws ExtractionException {
        if (content.length == 0) {
            throw new ExtractionException(Reason.EMPTY, "The file is empty.");
        }
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            MediaType type = detector.detect(stream, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw unreadable();
        }
    }

    public ExtractedText extract(byte[] content) throws ExtractionException {
        return extract(content, text -> text);
    }

    /**
     * Extracts the text and applies {@code then} to it on the same worker, so that whatever reads the text afterwards
     * (the resume parser) runs inside the same time budget.
     */
    public <T> T extract(byte[] content, java.util.function.Function<ExtractedText, T> then)
            throws ExtractionException {
        String type = detect(content);
        if (!SUPPORTED.containsKey(type)) {
            throw new ExtractionException(
                    Reason.UNSUPPORTED_TYPE,
                    "This file is not a PDF, DOCX, DOC, ODT, RTF or plain-text document. Upload your resume in one of"
                            + " those formats.");
        }
        // The reading happens on a worker of its own, under its own cap; this request only waits for it.
        return Admission.whileWaiting(() -> withinBudget(content, type, then));
    }

    private <T> T withinBudget(byte[] content, String type, java.util.function.Function<ExtractedText, T> then)
            throws ExtractionException {
        try {
            if (!permits.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExtractionException(
                        Reason.BUSY, "Too many resumes are being read right now. Try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(Reason.BUSY, "The upload was interrupted. Try again.");
        }
        // The permit is released by the worker, not by the caller: a parse that overruns its time still counts
        // against the concurrency cap until it really stops.
        Future<T> result = workers.submit(() -> {
            try {
                String text = parse(content);
                if (text.isBlank()) {
                    throw new ExtractionException(
                            Reason.NO_TEXT,
                            "No text could be found in this " + SUPPORTED.get(type)
                                    + ". If it is a scan, export it from your editor as a text-based PDF or DOCX.");
                }
                return then.apply(new ExtractedText(type, text));
            } finally {
                permits.release();
            }
        });
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionException(
                    Reason.TOO_COMPLEX,
                    "This document took too long to read. Save it again from your editor (or as a simpler PDF) and"
                            + " retry.");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Reason.BUSY, "The upload was interrupted. Try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException refused) {
                throw refused;
            }
            throw classify(e.getCause());
        }
    }

    private String parse(byte[] content) throws Exception {
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxTextChars());
        ParseContext context = new ParseContext();
        // Attachments, embedded OLE objects and images are not part of a resume's text; skipping them bounds work.
        context.set(Parser.class, new EmptyParser());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setMaxMainMemoryBytes(limits.maxPdfMainMemoryBytes());
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        try (InputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, new BodyContentHandler(text), new Metadata(), context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return text.toString();
    }

    private static ExtractionException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException
                    || cause.getClass().getName().endsWith("InvalidPasswordException")) {
                return new ExtractionException(
                        Reason.ENCRYPTED,
                        "This document is password-protected. Remove the password (or save an unprotected copy) and"
                                + " upload it again.");
            }
            if (cause instanceof ZeroByteFileException) {
                return new ExtractionException(Reason.EMPTY, "The file is empty.");
            }
            if (cause instanceof OutOfMemoryError || isBombSignal(cause)) {
                return new ExtractionException(
                        Reason.TOO_COMPLEX,
                        "This document expands to far more data than a resume holds, so it was not read. Save it"
                                + " again from your editor and retry.");
            }
        }
        return unreadable();
    }

    private static boolean isBombSignal(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).toLowerCase();
        return message.contains("zip bomb")
                || message.contains("max file count")
                || message.contains("maxfilecount")
                || message.contains("max entry size")
                || message.contains("suspected zip bomb")
                || message.contains("zip file with too many entries");
    }

    private static ExtractionException unreadable() {
        return new ExtractionException(
                Reason.UNREADABLE,
                "This file looks damaged and could not be read. Export your resume again and upload the new file.");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

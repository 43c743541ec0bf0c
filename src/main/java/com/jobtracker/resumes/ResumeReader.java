package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.extraction.ExtractionException;
import com.jobtracker.resumes.parsing.ResumeTextParser;

/**
 * The parser entry point: bytes in, a profile out, or an {@link ExtractionException} saying why not. Nothing else may
 * escape (the fuzz test holds it to that).
 */
final class ResumeReader {

    record Read(String mediaType, String text, ResumeProfile profile) {}

    private final DocumentTextExtractor extractor;
    private final ResumeTextParser parser;

    ResumeReader(DocumentTextExtractor extractor, ResumeTextParser parser) {
        this.extractor = extractor;
        this.parser = parser;
    }

    Read read(byte[] content) throws ExtractionException {
        return extractor.extract(
                content,
                extracted -> new Read(extracted.mediaType(), extracted.text(), parser.parse(extracted.text())));
    }
}

package com.jobtracker.resumes.extraction;

/** The text of a document and the media type its content was detected as. */
public record ExtractedText(String mediaType, String text) {}

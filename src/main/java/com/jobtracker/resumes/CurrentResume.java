package com.jobtracker.resumes;

import java.time.Instant;
import java.util.UUID;

/** A person's current resume as other modules see it: the parsed profile and the plain text it came from. */
public record CurrentResume(UUID id, UUID userId, ResumeProfile profile, String text, Instant uploadedAt) {}

package com.jobtracker.matching;

import java.util.List;

/** A job's match score (0–100) for a person and the sentences that explain it. */
public record JobMatch(String jobId, int score, List<String> reasons) {}

package com.jobtracker.matching.scoring;

/**
 * Maps a model's raw cosine to 0–1. Raw cosine is not a percentage (MATCHING.md): MiniLM put right resume/job pairs at
 * 0.43–0.75 and wrong ones at 0.29–0.68, so the range that carries information is stretched to the unit interval.
 * The constants belong to one model; a different model needs its own.
 */
public record Calibration(double floor, double ceiling) {

    /** Measured for all-MiniLM-L6-v2 on the Resume-Matcher fixtures (MATCHING.md). */
    public static final Calibration MINILM = new Calibration(0.30, 0.75);

    /**
     * text-embedding-3-small spreads cosines lower than MiniLM; these constants are a documented starting point, not
     * measured here (no API access from the build machine).
     */
    public static final Calibration OPENAI_3_SMALL = new Calibration(0.15, 0.60);

    public double apply(double cosine) {
        return Math.clamp((cosine - floor) / (ceiling - floor), 0.0, 1.0);
    }

    public static Calibration forModel(String model) {
        return model.startsWith("text-embedding-3") ? OPENAI_3_SMALL : MINILM;
    }
}

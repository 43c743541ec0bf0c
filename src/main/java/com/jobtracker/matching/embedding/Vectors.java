package com.jobtracker.matching.embedding;

import java.util.List;

/** Vector arithmetic on float arrays: cosine of unit vectors, normalisation, length-weighted mean pooling. */
public final class Vectors {

    private Vectors() {}

    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    public static float[] normalise(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        if (norm == 0) {
            return unit;
        }
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The mean of {@code vectors}, each weighted by its chunk's word count, re-normalised. */
    public static float[] pool(List<float[]> vectors, List<Integer> weights) {
        float[] sum = new float[vectors.getFirst().length];
        for (int v = 0; v < vectors.size(); v++) {
            float[] vector = vectors.get(v);
            int weight = weights.get(v);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i] * weight;
            }
        }
        return normalise(sum);
    }
}

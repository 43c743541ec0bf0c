package com.jobtracker.resumes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Field-level precision and recall: each predicted value is a true positive when the truth has it (as a multiset,
 * after light normalisation), a false positive otherwise; each true value not predicted is a false negative.
 */
final class FieldScores {

    static final class Count {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Count> fields = new LinkedHashMap<>();

    void compare(String field, List<String> predicted, List<String> truth) {
        Count count = fields.computeIfAbsent(field, key -> new Count());
        List<String> remaining =
                new ArrayList<>(truth.stream().map(FieldScores::norm).toList());
        for (String value : predicted) {
            if (remaining.remove(norm(value))) {
                count.truePositives++;
            } else {
                count.falsePositives++;
            }
        }
        count.falseNegatives += remaining.size();
    }

    void compareOne(String field, String predicted, String truth) {
        compare(
                field,
                predicted == null ? List.of() : List.of(predicted),
                truth == null || truth.isBlank() ? List.of() : List.of(truth));
    }

    Map<String, Count> fields() {
        return fields;
    }

    static String norm(String value) {
        return Objects.toString(value, "∅")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.\\s]+", " ")
                .strip();
    }

    static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }

    String table() {
        StringBuilder out = new StringBuilder(
                "| Field | Precision | Recall | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
        fields.forEach((name, c) -> out.append("| %s | %.2f | %.2f | %.2f | %d | %d | %d |\n"
                .formatted(
                        name, c.precision(), c.recall(), c.f1(), c.truePositives, c.falsePositives, c.falseNegatives)));
        return out.toString();
    }
}

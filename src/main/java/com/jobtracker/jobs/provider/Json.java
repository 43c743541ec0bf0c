package com.jobtracker.jobs.provider;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of provider JSON. PROVIDERS.md: "treat every field as nullable" and types drift (ids as strings or
 * numbers, {@code error} as a string or an object), so adapters read trees through these instead of strict records.
 */
public final class Json {

    private Json() {}

    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString()) {
            String text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        return value.isNumber() || value.isBoolean() ? value.asString() : null;
    }

    public static @Nullable Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isString()) {
            try {
                return Double.parseDouble(value.stringValue().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    public static long epoch(JsonNode node, String field) {
        Double value = number(node, field);
        return value == null ? 0 : value.longValue();
    }

    public static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean()
                ? value.booleanValue()
                : value.isString() && "true".equalsIgnoreCase(value.stringValue());
    }

    public static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            if (item.isString() && !item.stringValue().isBlank()) {
                values.add(item.stringValue().strip());
            }
        }
        return values;
    }

    /** The elements of an array field, or nothing when the field is absent or of another type. */
    public static List<JsonNode> items(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isObject()) {
                    values.add(item);
                }
            });
        }
        return values;
    }
}

package com.jobtracker.shared.web;

/** Field names in errors are reported as the client spelled them: {@code fullName} → {@code full_name}. */
final class SnakeCase {

    private SnakeCase() {}

    static String of(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

package com.jobtracker.applications;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters, order and page of a list request, as SQL made only of fixed fragments with bound parameters. Every
 * order ends with {@code id} so pages never overlap or skip rows that share a date; each order has an index that
 * starts with {@code user_id} (V1, V10).
 */
record ListQuery(
        UUID userId,
        List<ApplicationStatus> statuses,
        @Nullable ApplicationSource source,
        @Nullable String text,
        @Nullable LocalDate appliedFrom,
        @Nullable LocalDate appliedTo,
        Sort sort,
        int page,
        int limit) {

    enum Sort {
        APPLIED_DATE("applied_date", "applied_date asc, id desc"),
        APPLIED_DATE_DESC("-applied_date", "applied_date desc, id asc"),
        UPDATED_AT("updated_at", "updated_at asc, id desc"),
        UPDATED_AT_DESC("-updated_at", "updated_at desc, id asc"),
        COMPANY_NAME("company_name", "lower(company_name) asc, id asc");

        private final String wire;
        private final String sql;

        Sort(String wire, String sql) {
            this.wire = wire;
            this.sql = sql;
        }

        static Optional<Sort> fromWire(String value) {
            return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
        }

        static List<String> wireValues() {
            return Arrays.stream(values()).map(s -> s.wire).toList();
        }
    }

    boolean unfiltered() {
        return statuses.isEmpty() && source == null && text == null && appliedFrom == null && appliedTo == null;
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        conditions.add("user_id = :user");
        if (!statuses.isEmpty()) {
            conditions.add("status in (:statuses)");
        }
        if (source != null) {
            conditions.add("source = :source");
        }
        if (text != null) {
            conditions.add("(company_name ilike :pattern or role_title ilike :pattern)");
        }
        if (appliedFrom != null) {
            conditions.add("applied_date >= :from");
        }
        if (appliedTo != null) {
            conditions.add("applied_date <= :to");
        }
        return String.join(" and ", conditions);
    }

    String orderBy() {
        return sort.sql;
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("user", userId);
        if (!statuses.isEmpty()) {
            params.put(
                    "statuses", statuses.stream().map(ApplicationStatus::wire).toList());
        }
        if (source != null) {
            params.put("source", source.wire());
        }
        if (text != null) {
            params.put("pattern", "%" + escapeLike(text) + "%");
        }
        if (appliedFrom != null) {
            params.put("from", Date.valueOf(appliedFrom));
        }
        if (appliedTo != null) {
            params.put("to", Date.valueOf(appliedTo));
        }
        return params;
    }

    /** q is plain text: a user searching for "50%" means the characters, not a wildcard. */
    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

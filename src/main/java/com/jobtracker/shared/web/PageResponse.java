package com.jobtracker.shared.web;

import java.util.List;

/** The pagination envelope of every list: {@code {items, page, limit, total, has_more}}. */
public record PageResponse<T>(List<T> items, int page, int limit, long total, boolean hasMore) {

    public static <T> PageResponse<T> of(List<T> items, int page, int limit, long total) {
        return new PageResponse<>(items, page, limit, total, (long) (page + 1) * limit < total);
    }
}

package com.jobtracker.shared.web;

import java.util.List;

/**
 * A module's endpoints that need no bearer token (the web client's files, monogram logos …). Declared as a bean by
 * the module that owns them, so the security rules live beside the endpoints they open.
 */
@FunctionalInterface
public interface PublicPaths {

    /** Ant-style path patterns, e.g. {@code /api/v1/jobs/logos/**}. */
    List<String> patterns();
}

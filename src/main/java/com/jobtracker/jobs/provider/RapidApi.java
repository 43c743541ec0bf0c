package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.config.JobsProperties;
import java.util.Map;

/** RapidAPI's gateway authenticates every API the same way: a key and the API's host. */
public final class RapidApi {

    private RapidApi() {}

    public static Map<String, String> headers(JobsProperties.Provider settings, String defaultHost) {
        if (!settings.hasKey()) {
            return Map.of();
        }
        String host = settings.host() != null ? settings.host() : defaultHost;
        return Map.of("X-RapidAPI-Key", settings.apiKey(), "X-RapidAPI-Host", host);
    }
}

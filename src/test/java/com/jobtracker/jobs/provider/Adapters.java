package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.testing.ProviderStubs;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Builds a real adapter pointed at a WireMock base URL, bound from properties exactly as the application binds them. */
final class Adapters {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);

    private static final Map<String, String> CLASSES = Map.of(
            "google", "google.GoogleJobsProvider",
            "linkedin", "linkedin.LinkedInJobsProvider",
            "indeed", "indeed.IndeedJobsProvider",
            "greenhouse", "greenhouse.GreenhouseJobsProvider",
            "lever", "lever.LeverJobsProvider",
            "ashby", "ashby.AshbyJobsProvider",
            "remotive", "remotive.RemotiveJobsProvider",
            "arbeitnow", "arbeitnow.ArbeitnowJobsProvider",
            "remoteok", "remoteok.RemoteOkJobsProvider",
            "themuse", "themuse.TheMuseJobsProvider");

    private Adapters() {}

    static JobProvider create(String name, String baseUrl, Duration timeout, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(ProviderStubs.properties(baseUrl, "unused:"));
        values.put("jobtracker.providers.linkedin.api-key", "test-rapidapi-key");
        values.put("jobtracker.providers." + name + ".timeout", timeout.toMillis() + "ms");
        values.putAll(extra);
        JobsProperties properties =
                new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("jobtracker", JobsProperties.class);
        try {
            Class<?> type = Class.forName("com.jobtracker.jobs.provider." + CLASSES.get(name));
            Constructor<?> constructor = type.getDeclaredConstructor(JobsProperties.class, Clock.class);
            constructor.setAccessible(true);
            return (JobProvider) constructor.newInstance(properties, CLOCK);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobProvider create(String name, String baseUrl) {
        return create(name, baseUrl, Duration.ofSeconds(3), Map.of());
    }

    static List<String> names() {
        return ProviderStubs.PROVIDERS;
    }

    /** The path each adapter requests, under its own prefix. */
    static String path(String name) {
        return "/" + name
                + switch (name) {
                    case "google" -> "/search.json";
                    case "linkedin" -> "/active-jb-7d";
                    case "indeed" -> "/search-v2";
                    case "greenhouse" -> "/v1/boards/exampleco/jobs";
                    case "lever" -> "/v0/postings/leverdemo";
                    case "ashby" -> "/posting-api/job-board/exampleco";
                    case "remotive" -> "/api/remote-jobs";
                    case "arbeitnow" -> "/api/job-board-api";
                    case "remoteok" -> "/api";
                    case "themuse" -> "/api/public/jobs";
                    default -> throw new IllegalArgumentException(name);
                };
    }
}

package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What every HTTP-backed adapter shares: its settings, its own client and whether it may run. */
public abstract class HttpJobProvider implements JobProvider {

    private final String name;
    protected final JobsProperties.Provider settings;
    protected final ProviderHttp http;
    protected final Clock clock;

    protected HttpJobProvider(
            String name, JobsProperties properties, String defaultBaseUrl, Map<String, String> headers, Clock clock) {
        this.name = name;
        this.settings = properties.provider(name);
        URI base = settings.baseUrl() != null ? settings.baseUrl() : URI.create(defaultBaseUrl);
        this.http = new ProviderHttp(base, settings.timeout(), headers);
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration timeout() {
        return settings.timeout();
    }

    @Override
    public @Nullable String disabledBecause() {
        return switchedOff();
    }

    private @Nullable String switchedOff() {
        return settings.enabled() ? null : setting("enabled");
    }

    protected String setting(String key) {
        return "jobtracker.providers." + name + "." + key;
    }

    /** Providers that need a key are off without one: reported as disabled, never as an error. */
    protected @Nullable String disabledWithoutKey() {
        String disabled = switchedOff();
        if (disabled == null && !settings.hasKey()) {
            return setting("api-key");
        }
        return disabled;
    }

    /** Keeps the jobs the query asks for: sources whose API cannot search are filtered here. */
    protected static List<Job> matching(List<Job> jobs, ProviderQuery query) {
        return jobs.stream()
                .filter(job -> query.matches(job.title(), job.companyName(), job.location(), null))
                .toList();
    }
}

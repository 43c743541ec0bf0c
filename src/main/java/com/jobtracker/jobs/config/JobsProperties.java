package com.jobtracker.jobs.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the jobs module, under {@code jobtracker.*}: one entry per provider
 * ({@code jobtracker.providers.google.api-key} …), the search cache, the per-user rate limit and the logo chain.
 */
@Validated
@ConfigurationProperties("jobtracker")
public record JobsProperties(
        @DefaultValue Map<String, Provider> providers,
        @DefaultValue Cache cache,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Logos logos) {

    public Provider provider(String name) {
        Provider provider = providers.get(name);
        return provider != null ? provider : Provider.DEFAULTS;
    }

    /**
     * One provider. {@code timeout} is its whole deadline in a fan-out; {@code feedTtl} keeps a keyless board's whole
     * feed (boards ignore the query, and some ask to be polled only a few times a day); {@code maxPages} bounds paging.
     */
    public record Provider(
            @DefaultValue("true") boolean enabled,
            @Nullable URI baseUrl,
            @Nullable String apiKey,
            @Nullable String host,
            @DefaultValue("3s") Duration timeout,
            @DefaultValue("0s") Duration feedTtl,
            @DefaultValue("1") int maxPages,
            @DefaultValue List<String> boards,
            @DefaultValue List<String> companies) {

        static final Provider DEFAULTS =
                new Provider(true, null, null, null, Duration.ofSeconds(3), Duration.ZERO, 1, List.of(), List.of());

        public boolean hasKey() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    /**
     * {@code jobsTtl}: how long a search is fresh; until {@code staleFor} it may still be served (flagged) while it is
     * refreshed. {@code keyPrefix} namespaces Redis keys.
     */
    public record Cache(
            @DefaultValue("1h") Duration jobsTtl,
            @DefaultValue("24h") Duration staleFor,
            @DefaultValue("jobtracker:jobs:") String keyPrefix) {}

    public record RateLimit(@DefaultValue("100") int jobsPerHour) {}

    /** {@code faviconUrlTemplate} contains {@code {domain}}; blank turns the favicon step off (offline instances). */
    public record Logos(
            @Nullable String logoDevToken,

            @DefaultValue("https://www.google.com/s2/favicons?domain={domain}&sz=128")
            String faviconUrlTemplate) {}
}

package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.logo.LogoResolver;
import com.jobtracker.jobs.provider.JobProvider;
import com.jobtracker.jobs.provider.ProviderQuery;
import com.jobtracker.shared.web.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The search pipeline: normalised query → cache (fresh: served; stale: served, flagged, refreshed in the background)
 * → on a miss one fetch per key (single-flight) fanning out to the providers → logos → de-duplication → cache.
 * A result with a failed provider is kept fresh for a short time only, so that provider is retried soon.
 */
@Service
class Aggregator implements JobSearch {

    private static final Logger log = LoggerFactory.getLogger(Aggregator.class);
    private static final List<String> PRIORITY = List.of(
            "google",
            "linkedin",
            "indeed",
            "greenhouse",
            "lever",
            "ashby",
            "remotive",
            "arbeitnow",
            "remoteok",
            "themuse");
    private static final Duration PARTIAL_TTL = Duration.ofMinutes(5);

    private final List<JobProvider> providers;
    private final SearchCache cache;
    private final LogoResolver logos;
    private final JobsProperties.Cache settings;
    private final Clock clock;
    private final FanOut fanOut;
    private final ExecutorService refreshes = Executors.newVirtualThreadPerTaskExecutor();
    private final Counter hits;
    private final Counter staleHits;
    private final Counter misses;

    Aggregator(
            List<JobProvider> providers,
            SearchCache cache,
            LogoResolver logos,
            JobsProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.providers = providers.stream()
                .sorted(Comparator.comparingInt(Aggregator::priority))
                .toList();
        this.fanOut = new FanOut(
                meters, this.providers.stream().map(JobProvider::name).toList());
        this.hits = lookups(meters, "hit");
        this.staleHits = lookups(meters, "stale");
        this.misses = lookups(meters, "miss");
        this.cache = cache;
        this.logos = logos;
        this.settings = properties.cache();
        this.clock = clock;
    }

    @Override
    public SearchResult search(Query query) {
        String key = key(query);
        CachedSearch cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.freshUntil())) {
            hits.increment();
            return new SearchResult(cached.jobs(), cached.sources(), true, false, cached.fetchedAt());
        }
        if (cached != null) {
            staleHits.increment();
            Supplier<CachedSearch> refresh =
                    RequestIds.carry(() -> cache.singleFlight(key, deadline(query), () -> fetch(key, query)));
            refreshes.submit(() -> {
                try {
                    refresh.get();
                } catch (RuntimeException e) {
                    log.info("Background refresh of a stale search failed: {}", e.toString());
                }
            });
            return new SearchResult(cached.jobs(), cached.sources(), true, true, cached.fetchedAt());
        }
        misses.increment();
        CachedSearch fetched = cache.singleFlight(key, deadline(query), () -> fetch(key, query));
        return new SearchResult(fetched.jobs(), fetched.sources(), false, false, fetched.fetchedAt());
    }

    @Override
    public SearchResult searchFetchedAfter(Query query, Instant fetchedAfter) {
        String key = key(query);
        CachedSearch cached = cache.get(key);
        if (cached != null
                && clock.instant().isBefore(cached.freshUntil())
                && cached.fetchedAt().isAfter(fetchedAfter)) {
            return new SearchResult(cached.jobs(), cached.sources(), true, false, cached.fetchedAt());
        }
        CachedSearch fetched = cache.singleFlight(key, deadline(query), () -> fetch(key, query));
        return new SearchResult(fetched.jobs(), fetched.sources(), false, false, fetched.fetchedAt());
    }

    @Override
    public Optional<SearchResult> cached(Query query) {
        CachedSearch cached = cache.get(key(query));
        if (cached == null || !clock.instant().isBefore(cached.freshUntil())) {
            return Optional.empty();
        }
        return Optional.of(new SearchResult(cached.jobs(), cached.sources(), true, false, cached.fetchedAt()));
    }

    /** The one place that calls providers; stores what it found so that waiting callers and instances see it. */
    private CachedSearch fetch(String key, Query query) {
        FanOut.Outcome outcome = fanOut.run(selected(query), new ProviderQuery(query.text(), query.location()));
        if (outcome.anyEnabled() && !outcome.anySucceeded()) {
            throw new NoSourceAvailable(30);
        }
        List<Job> jobs = Dedup.merge(outcome.jobs().stream().map(logos::attach).toList());
        Instant now = clock.instant();
        boolean partial =
                outcome.sources().stream().anyMatch(source -> source.status().equals("error"));
        Duration freshFor = partial && PARTIAL_TTL.compareTo(settings.jobsTtl()) < 0 ? PARTIAL_TTL : settings.jobsTtl();
        CachedSearch result = new CachedSearch(jobs, outcome.sources(), now, now.plus(freshFor));
        cache.put(key, result, settings.staleFor().plus(freshFor));
        cache.remember(jobs, settings.staleFor().plus(freshFor));
        return result;
    }

    private List<JobProvider> selected(Query query) {
        if (query.sources().isEmpty()) {
            return providers;
        }
        return providers.stream()
                .filter(provider -> query.sources().contains(provider.name()))
                .toList();
    }

    private Duration deadline(Query query) {
        return selected(query).stream()
                .map(JobProvider::timeout)
                .max(Comparator.naturalOrder())
                .orElse(Duration.ofSeconds(3));
    }

    static String key(Query query) {
        return "q=" + normalise(query.text()) + "|l=" + normalise(query.location()) + "|s="
                + String.join(",", new TreeSet<>(query.sources()));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code jobtracker.jobs.search.cache{result=hit|stale|miss}}: hit ratio = (hit + stale) / all. */
    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder("jobtracker.jobs.search.cache")
                .description("Job search cache lookups by result")
                .tag("result", result)
                .register(meters);
    }

    private static int priority(JobProvider provider) {
        int index = PRIORITY.indexOf(provider.name());
        return index < 0 ? PRIORITY.size() : index;
    }
}

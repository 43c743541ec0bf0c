package com.jobtracker.jobs.search;

import static com.jobtracker.jobs.search.FakeProvider.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.JobSearch.Query;
import com.jobtracker.jobs.JobSearch.SearchResult;
import com.jobtracker.jobs.JobSearch.SourceStatus;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.logo.LogoResolver;
import com.jobtracker.jobs.provider.JobProvider;
import com.jobtracker.shared.JobTrackerProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The search pipeline with in-process providers and a clock the test moves. */
class AggregatorTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final JobsProperties properties =
            new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("jobtracker", JobsProperties.class);
    private final SearchCache cache = new LocalSearchCache(Duration.ofHours(25));

    private Aggregator aggregator(JobProvider... providers) {
        LogoResolver logos = new LogoResolver(
                properties,
                new JobTrackerProperties(
                        Path.of("."), URI.create("http://localhost:8080"), new JobTrackerProperties.Mail("x")));
        return new Aggregator(List.of(providers), cache, logos, properties, clock);
    }

    private static Query query(String text) {
        return new Query(text, null, Set.of());
    }

    @Test
    void mergesSamePostingFromTwoSourcesKeepingEveryApplyLink() {
        FakeProvider google = FakeProvider.returning(
                "google", job("google", "g1", "Senior Java Developer (m/w/d)", "Zalando SE", "Berlin, Germany"));
        FakeProvider linkedin = FakeProvider.returning(
                "linkedin", job("linkedin", "l1", "Senior Java Developer", "Zalando", "Berlin, Berlin, Germany"));
        FakeProvider other = FakeProvider.returning(
                "remotive", job("remotive", "r1", "Senior Java Developer", "Other GmbH", "Berlin"));

        SearchResult result = aggregator(linkedin, other, google).search(query("java"));

        assertThat(result.jobs()).hasSize(2);
        Job merged = result.jobs().stream()
                .filter(job -> job.sources().size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(merged.id()).isEqualTo("google:g1");
        assertThat(merged.sources()).containsExactly("google", "linkedin");
        assertThat(merged.applyLinks())
                .extracting(Job.ApplyLink::url)
                .containsExactly("https://google.example/g1", "https://linkedin.example/l1");
    }

    @Test
    void servesTheCacheWithinAnHourWithoutCallingProviders() {
        FakeProvider google = FakeProvider.returning("google", job("google", "1", "Java", "A", "Berlin"));
        Aggregator aggregator = aggregator(google);

        SearchResult first = aggregator.search(query("Java  Developer"));
        clock.advance(Duration.ofMinutes(59));
        SearchResult second = aggregator.search(query("java developer"));

        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.stale()).isFalse();
        assertThat(second.jobs()).isEqualTo(first.jobs());
        assertThat(google.calls).hasValue(1);
    }

    @Test
    void servesAStaleEntryFlaggedAndRefreshesItOnceInTheBackground() {
        FakeProvider google = FakeProvider.returning("google", job("google", "1", "Java", "A", "Berlin"));
        Aggregator aggregator = aggregator(google);
        aggregator.search(query("kotlin"));
        google.answer(q -> List.of(job("google", "2", "Kotlin", "B", "Berlin")));
        clock.advance(Duration.ofMinutes(61));

        SearchResult stale = aggregator.search(query("kotlin"));

        assertThat(stale.stale()).isTrue();
        assertThat(stale.jobs()).extracting(Job::id).containsExactly("google:1");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> aggregator
                        .search(query("kotlin"))
                        .jobs()
                        .getFirst()
                        .id()
                        .equals("google:2"));
        assertThat(google.calls).hasValue(2);
        assertThat(aggregator.search(query("kotlin")).stale()).isFalse();
    }

    @Test
    void reportsAFailingProviderWhileReturningTheOthers() {
        FakeProvider google = FakeProvider.returning("google", job("google", "1", "Java", "A", "Berlin"));
        FakeProvider broken = FakeProvider.failing("indeed");

        SearchResult result = aggregator(google, broken).search(query("go"));

        assertThat(result.jobs()).hasSize(1);
        assertThat(result.sources())
                .extracting(SourceStatus::name, SourceStatus::status, SourceStatus::error)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("google", "ok", null),
                        org.assertj.core.groups.Tuple.tuple("indeed", "error", "upstream answered HTTP 500"));
    }

    @Test
    void refusesWith503WhenEveryProviderFailsAndNothingIsCached() {
        Aggregator aggregator = aggregator(FakeProvider.failing("google"), FakeProvider.failing("indeed"));

        assertThatThrownBy(() -> aggregator.search(query("rust")))
                .isInstanceOf(NoSourceAvailable.class)
                .satisfies(e -> assertThat(((NoSourceAvailable) e).headers()).containsKey("Retry-After"));
    }

    @Test
    void keepsServingTheStaleEntryWhenProvidersAreDown() {
        FakeProvider google = FakeProvider.returning("google", job("google", "1", "Scala", "A", "Berlin"));
        Aggregator aggregator = aggregator(google);
        aggregator.search(query("scala"));
        google.answer(q -> {
            throw new com.jobtracker.jobs.provider.ProviderFailure("connection to upstream failed");
        });
        clock.advance(Duration.ofHours(3));

        SearchResult result = aggregator.search(query("scala"));

        assertThat(result.stale()).isTrue();
        assertThat(result.jobs()).extracting(Job::id).containsExactly("google:1");
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCallingTheProvider() {
        FakeProvider broken = FakeProvider.failing("themuse");
        FakeProvider fine = FakeProvider.returning("google", job("google", "1", "Java", "A", "Berlin"));
        Aggregator aggregator = aggregator(fine, broken);

        for (int i = 0; i < 30; i++) {
            aggregator.search(query("breaker " + i));
        }
        SearchResult result = aggregator.search(query("breaker last"));

        assertThat(broken.calls.get()).isLessThan(30);
        assertThat(result.sources())
                .filteredOn(source -> source.name().equals("themuse"))
                .singleElement()
                .satisfies(source -> assertThat(source.error()).contains("repeated failures"));
    }

    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}

package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.provider.JobProvider;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A provider without HTTP: answers what it is told, counts its calls. */
final class FakeProvider implements JobProvider {

    final AtomicInteger calls = new AtomicInteger();
    private final String name;
    private volatile Function<ProviderQuery, List<Job>> answer;

    FakeProvider(String name, Function<ProviderQuery, List<Job>> answer) {
        this.name = name;
        this.answer = answer;
    }

    static FakeProvider returning(String name, Job... jobs) {
        return new FakeProvider(name, query -> List.of(jobs));
    }

    static FakeProvider failing(String name) {
        return new FakeProvider(name, query -> {
            throw new ProviderFailure("upstream answered HTTP 500");
        });
    }

    void answer(Function<ProviderQuery, List<Job>> answer) {
        this.answer = answer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String disabledBecause() {
        return null;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(3);
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        calls.incrementAndGet();
        return answer.apply(query);
    }

    static Job job(String source, String id, String title, String company, String location) {
        return new Job(
                source + ":" + id,
                title,
                company,
                null,
                null,
                location,
                false,
                "full_time",
                Instant.parse("2025-11-25T00:00:00Z"),
                null,
                "text",
                "https://" + source + ".example/" + id,
                List.of(new Job.ApplyLink(source, "https://" + source + ".example/" + id)),
                source,
                List.of(source),
                null,
                null,
                null);
    }
}

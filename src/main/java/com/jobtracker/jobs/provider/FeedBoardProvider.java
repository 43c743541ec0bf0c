package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A keyless board whose API has no search: its whole feed is fetched, kept for {@code feed-ttl} (which is also how
 * a board's fetch-rate terms are honoured) and filtered here by the query.
 */
public abstract class FeedBoardProvider extends HttpJobProvider {

    private final FeedCache<Job> feed;

    protected FeedBoardProvider(String name, JobsProperties properties, String defaultBaseUrl, Clock clock) {
        super(name, properties, defaultBaseUrl, Map.of(), clock);
        this.feed = new FeedCache<>(settings.feedTtl());
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        return feed.get("all", this::fetchFeed).stream()
                .filter(job -> query.matches(job.title(), job.companyName(), job.location(), null))
                .toList();
    }

    /** The board's whole feed, normalised. */
    protected abstract List<Job> fetchFeed();
}

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
        return matching(feed.get("all", this::fetchFeed), query);
    }

    /** The board's whole feed, normalised. */
    protected abstract List<Job> fetchFeed();
}

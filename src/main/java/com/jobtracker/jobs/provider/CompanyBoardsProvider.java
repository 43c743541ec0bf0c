package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A keyless source that lists whole company boards (Greenhouse, Lever, Ashby): each configured board is fetched in
 * parallel, kept for {@code feed-ttl} and filtered here by the query. Without configured boards it is disabled,
 * naming the setting to fill in.
 */
public abstract class CompanyBoardsProvider extends HttpJobProvider {

    private final String boardsSetting;
    private final List<String> boards;
    private final FeedCache<Job> cache;

    protected CompanyBoardsProvider(
            String name,
            JobsProperties properties,
            String defaultBaseUrl,
            Clock clock,
            String boardsSetting,
            Function<JobsProperties.Provider, List<String>> boards) {
        super(name, properties, defaultBaseUrl, Map.of(), clock);
        this.boardsSetting = boardsSetting;
        this.boards = boards.apply(settings);
        this.cache = new FeedCache<>(settings.feedTtl());
    }

    @Override
    public @Nullable String disabledBecause() {
        String disabled = super.disabledBecause();
        return disabled == null && boards.isEmpty() ? setting(boardsSetting) : disabled;
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        return matching(Boards.fetchAll(boards, board -> cache.get(board, () -> fetchBoard(board))), query);
    }

    /** One board's jobs, normalised. */
    protected abstract List<Job> fetchBoard(String board);
}

package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One job board behind the aggregation. Adding a board is adding a sub-package with an implementation of this.
 * {@link #search} either returns the normalised jobs (possibly none) or throws {@link ProviderFailure} with a message
 * that is safe to show to clients.
 */
public interface JobProvider {

    String name();

    /** The setting that keeps this provider off (e.g. {@code jobtracker.providers.google.api-key}); null when on. */
    @Nullable
    String disabledBecause();

    /** The provider's whole deadline within a fan-out. */
    Duration timeout();

    List<Job> search(ProviderQuery query);

    default boolean enabled() {
        return disabledBecause() == null;
    }
}

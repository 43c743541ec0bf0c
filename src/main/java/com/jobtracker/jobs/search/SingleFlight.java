package com.jobtracker.jobs.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

final class SingleFlight {

    private SingleFlight() {}

    /** The leader's result, or the leader's own exception rather than a wrapper of it. */
    static <T> T await(CompletableFuture<T> leader) {
        try {
            return leader.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

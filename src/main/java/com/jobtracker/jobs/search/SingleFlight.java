package com.jobtracker.jobs.search;

import com.jobtracker.shared.web.Admission;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

final class SingleFlight {

    private SingleFlight() {}

    /**
     * The leader's result, or the leader's own exception rather than a wrapper of it. The wait gives this request's
     * turn back: the leader may itself be waiting for one.
     */
    static <T> T await(CompletableFuture<T> leader) {
        try {
            return Admission.whileWaiting(leader::join);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

package com.jobtracker.shared.web;

import java.util.concurrent.Semaphore;

/**
 * The turn a request holds while it is worked on (see {@link AdmissionControl}). Code about to wait for something
 * that is not its own work — a job provider, an object store, another request's search — gives the turn back for
 * the wait, so a slow upstream holds up only the requests that need it; afterwards it queues for a turn again,
 * behind the requests that arrived meanwhile.
 */
public final class Admission {

    static final ScopedValue<Turn> TURN = ScopedValue.newInstance();

    private Admission() {}

    /** A wait that may throw a checked exception of its own. */
    @FunctionalInterface
    public interface Wait<T, X extends Exception> {
        T get() throws X;
    }

    /**
     * Runs {@code wait} without this request's turn. Outside a request (background jobs, fan-out threads) and
     * inside another {@code whileWaiting} it simply runs {@code wait}.
     */
    public static <T, X extends Exception> T whileWaiting(Wait<T, X> wait) throws X {
        Turn turn = TURN.isBound() ? TURN.get() : null;
        if (turn == null || !turn.giveBack()) {
            return wait.get();
        }
        try {
            return wait.get();
        } finally {
            turn.takeAgain();
        }
    }

    /** One request's permit. Used only by the request's own thread, so the flag needs no synchronisation. */
    static final class Turn {

        private final Semaphore turns;
        private boolean held = true;

        Turn(Semaphore turns) {
            this.turns = turns;
        }

        private boolean giveBack() {
            if (!held) {
                return false;
            }
            held = false;
            turns.release();
            return true;
        }

        private void takeAgain() {
            turns.acquireUninterruptibly();
            held = true;
        }

        void end() {
            if (held) {
                held = false;
                turns.release();
            }
        }
    }
}

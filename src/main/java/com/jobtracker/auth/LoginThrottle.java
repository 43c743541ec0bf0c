package com.jobtracker.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins in fixed windows per (account, client), per client and per account. The per-account count
 * does not apply to clients that have signed in to that account before, so spraying an account from many addresses
 * throttles the attacker without locking out its owner; the lock also lifts when the window ends. In Redis when it is
 * configured (shared by every instance), in-process otherwise.
 */
interface LoginThrottle {

    /**
     * How long the caller must wait before this sign-in may be evaluated, if it is throttled. Throws a 503 problem
     * when the counts cannot be read (fail closed: an attempt that cannot be counted is not evaluated).
     */
    Optional<Duration> blockedFor(String email, String client);

    void failed(String email, String client);

    /** Clears the (account, client) count and remembers the client as known to the account for 30 days. */
    void succeeded(String email, String client);

    /** Counts a password-reset request; true while the account is under its hourly allowance. */
    boolean allowResetRequest(String email);
}

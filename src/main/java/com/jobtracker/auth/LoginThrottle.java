package com.jobtracker.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in fixed windows per (account, client), per client and per account. The per-account count
 * does not apply to clients that have signed in to that account before, so spraying an account from many addresses
 * throttles the attacker without locking out its owner; the lock also lifts when the window ends.
 *
 * <p>In-process: with several instances each keeps its own counts (the Redis-backed store is the production-shape
 * issue's work).
 */
@Component
class LoginThrottle {

    private final AuthProperties.Throttle limits;
    private final Clock clock;
    private final Cache<String, Window> windows;
    private final Cache<String, Boolean> knownClients;

    LoginThrottle(AuthProperties auth, Clock clock) {
        this.limits = auth.throttle();
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(limits.window())
                .maximumSize(1_000_000)
                .build();
        this.knownClients = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofDays(30))
                .maximumSize(1_000_000)
                .build();
    }

    /** How long the caller must wait before this sign-in may be evaluated, if it is throttled. */
    Optional<Duration> blockedFor(String email, String client) {
        String account = normalise(email);
        Stream<Optional<Duration>> checks = Stream.of(
                blocked("ac:" + account + "|" + client, limits.perAccountAndClient()),
                blocked("c:" + client, limits.perClient()),
                isKnown(account, client) ? Optional.empty() : blocked("a:" + account, limits.perAccount()));
        return checks.flatMap(Optional::stream).max(Duration::compareTo);
    }

    void failed(String email, String client) {
        String account = normalise(email);
        count("ac:" + account + "|" + client);
        count("c:" + client);
        count("a:" + account);
    }

    void succeeded(String email, String client) {
        String account = normalise(email);
        windows.invalidate("ac:" + account + "|" + client);
        knownClients.put(account + "|" + client, Boolean.TRUE);
    }

    /** Counts a password-reset request; true while the account is under its hourly allowance. */
    boolean allowResetRequest(String email) {
        return count("r:" + normalise(email)) <= limits.resetRequestsPerAccount();
    }

    private boolean isKnown(String account, String client) {
        return knownClients.getIfPresent(account + "|" + client) != null;
    }

    private Optional<Duration> blocked(String key, int limit) {
        Instant now = clock.instant();
        Window window = windows.getIfPresent(key);
        if (window == null || window.endsBy(now, limits.window()) || window.failures() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(limits.window())));
    }

    /** Counts one more event in the key's current window, opening a new window when the last one has ended. */
    private int count(String key) {
        Instant now = clock.instant();
        return windows.asMap()
                .compute(
                        key,
                        (k, window) -> window == null || window.endsBy(now, limits.window())
                                ? new Window(now, 1)
                                : new Window(window.start(), window.failures() + 1))
                .failures();
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private record Window(Instant start, int failures) {
        boolean endsBy(Instant now, Duration length) {
            return !now.isBefore(start.plus(length));
        }
    }
}

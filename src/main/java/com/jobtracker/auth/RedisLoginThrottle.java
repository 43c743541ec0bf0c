package com.jobtracker.auth;

import com.jobtracker.shared.redis.SharedRedis;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in counts in Redis, shared by every instance. Windows are fixed and aligned to the epoch (key suffix = the
 * window's number), so a count is one atomic {@code INCR} plus {@code PEXPIRE} on its first increment (one Lua script
 * for the three counts of a failure) and the wait is the time left in the current window. Known clients are
 * {@code SET} with a 30-day expiry.
 *
 * <p>Redis down: {@link #blockedFor} fails closed (503 {@code sign-in-unavailable} with {@code Retry-After}: an attempt
 * that cannot be counted is not evaluated, or an attacker could guess freely during an outage). Bookkeeping after an
 * evaluated attempt ({@link #failed}, {@link #succeeded}) is logged and skipped, never failing the sign-in. Password-
 * reset requests are counted in-process per instance meanwhile, so resets keep working with a bounded email rate.
 */
final class RedisLoginThrottle implements LoginThrottle {

    static final long RETRY_AFTER_SECONDS = 10;
    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final String COUNT = """
            local counts = {}
            for i, key in ipairs(KEYS) do
              counts[i] = redis.call('INCR', key)
              if counts[i] == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
            end
            return counts
            """;

    private final SharedRedis redis;
    private final AuthProperties.Throttle limits;
    private final Clock clock;
    private final LocalLoginThrottle resetFallback;

    RedisLoginThrottle(SharedRedis redis, AuthProperties auth, Clock clock) {
        this.redis = redis;
        this.limits = auth.throttle();
        this.clock = clock;
        this.resetFallback = new LocalLoginThrottle(auth, clock);
    }

    @Override
    public Optional<Duration> blockedFor(String email, String client) {
        String account = LocalLoginThrottle.normalise(email);
        Instant now = clock.instant();
        long window = window(now);
        List<KeyValue<String, String>> values;
        try {
            values = redis.commands()
                    .mget(
                            key("ac", account + "|" + client, window),
                            key("c", client, window),
                            key("a", account, window),
                            known(account, client));
            redis.recovered();
        } catch (RedisException e) {
            redis.fellBack("login-throttle", e);
            throw AuthProblems.signInUnavailable(RETRY_AFTER_SECONDS);
        }
        boolean over = count(values.get(0)) >= limits.perAccountAndClient()
                || count(values.get(1)) >= limits.perClient()
                || (!values.get(3).hasValue() && count(values.get(2)) >= limits.perAccount());
        return over ? Optional.of(Duration.between(now, windowEnd(window))) : Optional.empty();
    }

    @Override
    public void failed(String email, String client) {
        String account = LocalLoginThrottle.normalise(email);
        long window = window(clock.instant());
        try {
            increment(key("ac", account + "|" + client, window), key("c", client, window), key("a", account, window));
        } catch (RedisException e) {
            redis.fellBack("login-throttle", e);
        }
    }

    @Override
    public void succeeded(String email, String client) {
        String account = LocalLoginThrottle.normalise(email);
        try {
            redis.commands().del(key("ac", account + "|" + client, window(clock.instant())));
            redis.commands().set(known(account, client), "1", SetArgs.Builder.px(KNOWN_FOR.toMillis()));
        } catch (RedisException e) {
            redis.fellBack("login-throttle", e);
        }
    }

    @Override
    public boolean allowResetRequest(String email) {
        String account = LocalLoginThrottle.normalise(email);
        try {
            return increment(key("r", account, window(clock.instant()))).getFirst() <= limits.resetRequestsPerAccount();
        } catch (RedisException e) {
            redis.fellBack("reset-throttle", e);
            return resetFallback.allowResetRequest(email);
        }
    }

    private List<Long> increment(String... keys) {
        List<Long> counts = redis.commands()
                .eval(
                        COUNT,
                        ScriptOutputType.MULTI,
                        keys,
                        Long.toString(limits.window().toMillis()));
        redis.recovered();
        return counts;
    }

    private long window(Instant now) {
        return now.toEpochMilli() / limits.window().toMillis();
    }

    private Instant windowEnd(long window) {
        return Instant.ofEpochMilli((window + 1) * limits.window().toMillis());
    }

    private String key(String kind, String subject, long window) {
        return limits.keyPrefix() + "throttle:" + kind + ":" + subject + ":" + window;
    }

    private String known(String account, String client) {
        return limits.keyPrefix() + "known:" + account + "|" + client;
    }

    private static long count(KeyValue<String, String> value) {
        return value.hasValue() ? Long.parseLong(value.getValue()) : 0;
    }
}

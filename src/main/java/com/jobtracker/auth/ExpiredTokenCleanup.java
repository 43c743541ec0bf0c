package com.jobtracker.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Nightly: forgets refresh and reset tokens that can never be used again. A day's grace keeps a just-used refresh
 * token around long enough to detect its replay. Public because JobRunr invokes it reflectively.
 */
@Component
public class ExpiredTokenCleanup {

    private static final Duration GRACE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredTokenCleanup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Recurring(id = "expired-token-cleanup", cron = "17 3 * * *")
    public int run() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(GRACE));
        int refresh = jdbc.sql("delete from refresh_tokens where expires_at < :cutoff or revoked_at < :cutoff")
                .param("cutoff", cutoff)
                .update();
        int resets = jdbc.sql("delete from password_reset_tokens where expires_at < :cutoff or used_at < :cutoff")
                .param("cutoff", cutoff)
                .update();
        return refresh + resets;
    }
}

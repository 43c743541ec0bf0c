package com.jobtracker.auth;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

@ConfigurationProperties("jobtracker.auth")
@Validated
record AuthProperties(
        @DefaultValue("jobtracker") String issuer,
        @Nullable String jwtSecret,
        @Nullable String passwordPepper,
        @DefaultValue("30m") Duration accessTokenTtl,
        @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue("30m") Duration passwordResetTtl,
        @DefaultValue("10") @Min(10) int bcryptCost,
        @DefaultValue Throttle throttle) {

    /**
     * Failed sign-ins allowed per window: for one account from one client address, from one client address over all
     * accounts, and for one account over all addresses (clients that signed in to it before are exempt from the last,
     * so an attacker cannot lock the owner out). {@code keyPrefix} namespaces the counts in Redis (when configured).
     */
    record Throttle(
            @DefaultValue("10") int perAccountAndClient,
            @DefaultValue("100") int perClient,
            @DefaultValue("100") int perAccount,
            @DefaultValue("15m") Duration window,
            @DefaultValue("5") int resetRequestsPerAccount,
            @DefaultValue("jobtracker:auth:") String keyPrefix) {}
}

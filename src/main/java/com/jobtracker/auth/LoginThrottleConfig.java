package com.jobtracker.auth;

import com.jobtracker.shared.redis.SharedRedis;
import com.jobtracker.shared.web.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfig {

    /** Redis when it is configured (one count for all instances), in-process otherwise; refusals are counted. */
    @Bean
    LoginThrottle loginThrottle(
            ObjectProvider<SharedRedis> redis, AuthProperties auth, Clock clock, MeterRegistry meters) {
        SharedRedis shared = redis.getIfAvailable();
        LoginThrottle store =
                shared != null ? new RedisLoginThrottle(shared, auth, clock) : new LocalLoginThrottle(auth, clock);
        return new Metered(store, meters);
    }

    /** {@code jobtracker.auth.signin.throttled{reason=limit|unavailable}}: sign-ins refused before evaluation. */
    private record Metered(LoginThrottle store, MeterRegistry meters) implements LoginThrottle {

        @Override
        public Optional<Duration> blockedFor(String email, String client) {
            try {
                Optional<Duration> blocked = store.blockedFor(email, client);
                blocked.ifPresent(wait -> refused("limit"));
                return blocked;
            } catch (ApiException e) {
                if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                    refused("unavailable");
                }
                throw e;
            }
        }

        private void refused(String reason) {
            Counter.builder("jobtracker.auth.signin.throttled")
                    .description("Sign-in attempts refused before evaluation")
                    .tag("reason", reason)
                    .register(meters)
                    .increment();
        }

        @Override
        public void failed(String email, String client) {
            store.failed(email, client);
        }

        @Override
        public void succeeded(String email, String client) {
            store.succeeded(email, client);
        }

        @Override
        public boolean allowResetRequest(String email) {
            return store.allowResetRequest(email);
        }
    }
}

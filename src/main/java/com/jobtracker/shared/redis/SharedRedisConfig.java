package com.jobtracker.shared.redis;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Redis only when a URL is configured; without one every module keeps its state in-process. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.data.redis.url")
class SharedRedisConfig {

    @Bean(destroyMethod = "close")
    SharedRedis sharedRedis(Environment environment, MeterRegistry meters) {
        return new SharedRedis(environment.getRequiredProperty("spring.data.redis.url"), meters);
    }

    /**
     * {@code redis} in {@code /actuator/health}: DOWN while unreachable, for monitoring. It is deliberately not part
     * of the readiness or liveness groups: every feature has a Redis-down policy, so an instance without Redis still
     * serves and must stay in rotation (and not be restarted).
     */
    @Bean
    HealthIndicator redisHealthIndicator(SharedRedis redis) {
        return () -> redis.reachable()
                ? Health.up().build()
                : Health.down()
                        .withDetail("policy", "degraded: local fallbacks in use")
                        .build();
    }
}

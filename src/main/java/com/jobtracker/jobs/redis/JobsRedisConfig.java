package com.jobtracker.jobs.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Connects to Redis only when a URL is configured; without one the module keeps its state in-process. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.data.redis.url")
class JobsRedisConfig {

    @Bean(destroyMethod = "close")
    JobsRedis jobsRedis(Environment environment) {
        return new JobsRedis(environment.getRequiredProperty("spring.data.redis.url"));
    }
}

package com.jobtracker.jobs.search;

import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.redis.JobsRedis;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class SearchConfig {

    /** Redis when it is configured (shared by every instance), in-process otherwise. */
    @Bean
    SearchCache searchCache(ObjectProvider<JobsRedis> redis, JobsProperties properties, Clock clock) {
        JobsRedis shared = redis.getIfAvailable();
        JobsProperties.Cache settings = properties.cache();
        return shared != null
                ? new RedisSearchCache(shared, settings.keyPrefix(), clock)
                : new LocalSearchCache(settings.staleFor().plus(settings.jobsTtl()));
    }
}

package com.jobtracker.jobs.web;

import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.shared.redis.SharedRedis;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class JobsWebConfig implements WebMvcConfigurer {

    private final ObjectProvider<RateLimiter> limiter;
    private final ObjectProvider<MeterRegistry> meters;

    JobsWebConfig(ObjectProvider<RateLimiter> limiter, ObjectProvider<MeterRegistry> meters) {
        this.limiter = limiter;
        this.meters = meters;
    }

    @Bean
    static RateLimiter jobsRateLimiter(ObjectProvider<SharedRedis> redis, JobsProperties properties) {
        SharedRedis shared = redis.getIfAvailable();
        int limit = properties.rateLimit().jobsPerHour();
        return shared != null
                ? new RedisRateLimiter(shared, limit, properties.cache().keyPrefix())
                : new LocalRateLimiter(limit);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limiter.getObject(), meters.getObject()))
                .addPathPatterns("/api/v1/jobs/external/**", "/api/v1/jobs/recommendations/**");
    }
}

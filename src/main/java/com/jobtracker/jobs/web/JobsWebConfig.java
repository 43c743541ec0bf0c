package com.jobtracker.jobs.web;

import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.redis.JobsRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class JobsWebConfig implements WebMvcConfigurer {

    private final ObjectProvider<RateLimiter> limiter;

    JobsWebConfig(ObjectProvider<RateLimiter> limiter) {
        this.limiter = limiter;
    }

    @Bean
    static RateLimiter jobsRateLimiter(ObjectProvider<JobsRedis> redis, JobsProperties properties) {
        JobsRedis shared = redis.getIfAvailable();
        int limit = properties.rateLimit().jobsPerHour();
        return shared != null
                ? new RedisRateLimiter(shared, limit, properties.cache().keyPrefix())
                : new LocalRateLimiter(limit);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limiter.getObject()))
                .addPathPatterns("/api/v1/jobs/external/**", "/api/v1/jobs/recommendations/**");
    }
}

package com.jobtracker.jobs.web;

import com.jobtracker.shared.web.ApiException;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * 100 requests per hour per user on {@code /jobs/external/*} and {@code /jobs/recommendations/*}: these cost
 * third-party quota and CPU. Runs after authentication, so the bucket is the user's, never an IP's.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return true;
        }
        ConsumptionProbe probe = limiter.tryConsume(user.getName());
        String policy = RateLimitHeaders.policy(limiter.limit());
        String state = RateLimitHeaders.state(probe);
        if (probe.isConsumed()) {
            response.setHeader(RateLimitHeaders.POLICY, policy);
            response.setHeader(RateLimitHeaders.STATE, state);
            return true;
        }
        throw new ApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                "quota-exceeded",
                "Too Many Requests",
                "You have used this hour's " + limiter.limit() + " job searches. Try again after Retry-After seconds.",
                List.of(),
                Map.of(
                        RateLimitHeaders.POLICY,
                        policy,
                        RateLimitHeaders.STATE,
                        state,
                        "Retry-After",
                        Long.toString(RateLimitHeaders.retryAfter(probe))));
    }
}

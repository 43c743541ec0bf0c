package com.jobtracker.auth;

import com.jobtracker.shared.web.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Stateless bearer-token security. {@code /api/**} needs an access token except the sign-in family of endpoints
 * and what modules declare as {@link PublicPaths}; everything else (the web client's files, health, API docs) is
 * public. No cookies are used, so CSRF protection has nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] OPEN_AUTH_ENDPOINTS = {
        "/api/v1/auth/signup",
        "/api/v1/auth/signin",
        "/api/v1/auth/refresh",
        "/api/v1/auth/signout",
        "/api/v1/auth/password-reset",
        "/api/v1/auth/password-reset/confirm"
    };

    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        String[] modulePaths =
                publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, OPEN_AUTH_ENDPOINTS)
                        .permitAll()
                        .requestMatchers(modulePaths)
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> {})
                        .authenticationEntryPoint(SecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, denied) ->
                                writeProblem(response, HttpStatus.FORBIDDEN, "You may not do this.")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfig::unauthorized))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
                                        + " connect-src 'self'; object-src 'none'; base-uri 'none';"
                                        + " frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** Spring's entry point sets the RFC 6750 {@code WWW-Authenticate} header; the body is a problem like any other. */
    private static void unauthorized(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException failure)
            throws IOException {
        new BearerTokenAuthenticationEntryPoint().commence(request, response, failure);
        writeProblem(
                response,
                HttpStatus.UNAUTHORIZED,
                "A valid access token is required. Sign in, or refresh the access token.");
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}

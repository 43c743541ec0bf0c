package com.jobtracker.auth;

import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.shared.Secrets;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * HS256 with one configured key, algorithm pinned on both sides: the decoder never takes the algorithm or a key from
 * the token header, so {@code alg:none}, algorithm confusion and {@code jwk}/{@code jku} headers cannot work.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeys {

    static final String AUDIENCE = "jobtracker-api";
    static final String ACCESS_TOKEN_TYPE = "at+jwt";
    static final String GENERATION_CLAIM = "gen";

    @Bean
    SecretKey jwtSigningKey(AuthProperties auth, JobTrackerProperties settings, Environment env) {
        byte[] key = Secrets.load(auth.jwtSecret(), "jobtracker.auth.jwt-secret", "jwt-secret", settings, env);
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, AuthProperties auth, Users users) {
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .validateType(false)
                .build();
        // what a token says of itself never changes: checked once, when it is first seen
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTypeValidator(List.of(ACCESS_TOKEN_TYPE)),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(auth.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(AUDIENCE)))));
        // whether it is still good can change at any moment: checked on every request
        OAuth2TokenValidator<Jwt> everyUse = new DelegatingOAuth2TokenValidator<>(
                List.of(new JwtTimestampValidator(Duration.ofSeconds(60)), new TokenGenerationValidator(users)));
        return new VerifiedTokens(verifier, everyUse, 10_000, auth.accessTokenTtl());
    }
}

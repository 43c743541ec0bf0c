package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final SecretKey key = new SecretKeySpec(new byte[32], "HmacSHA256");
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong currentGeneration = new AtomicLong(3);
    private final JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(60));
    private final VerifiedTokens tokens;

    VerifiedTokensTest() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        expiry.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        tokens = new VerifiedTokens(
                counting,
                new DelegatingOAuth2TokenValidator<>(List.of(expiry, this::currentGeneration)),
                100,
                Duration.ofMinutes(30));
    }

    private OAuth2TokenValidatorResult currentGeneration(Jwt jwt) {
        Long generation = jwt.getClaim("gen");
        return generation == currentGeneration.get()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null));
    }

    private String token(long generation) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject("someone")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(30)))
                .claim("gen", generation)
                .build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    @Test
    void verifiesAGivenTokenOnce() {
        String token = token(3);

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("someone");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesARememberedTokenOnceItsGenerationMovesOn() {
        String token = token(3);
        tokens.decode(token);

        currentGeneration.set(4);

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
    }

    @Test
    void refusesARememberedTokenOnceItExpires() {
        String token = token(3);
        tokens.decode(token);

        expiry.setClock(Clock.fixed(NOW.plus(Duration.ofMinutes(32)), ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        String token = token(3);
        String forged = token.substring(0, token.length() - 4) + "AAAA";

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}

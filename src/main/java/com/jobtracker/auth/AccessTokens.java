package com.jobtracker.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the 30-minute access JWT: {@code sub} = user id, explicitly typed {@code at+jwt} (RFC 9068). */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final AuthProperties auth;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, AuthProperties auth, Clock clock) {
        this.encoder = encoder;
        this.auth = auth;
        this.clock = clock;
    }

    String issue(User user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(auth.issuer())
                .audience(List.of(TokenKeys.AUDIENCE))
                .subject(user.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(auth.accessTokenTtl()))
                .claim(TokenKeys.GENERATION_CLAIM, user.tokenGeneration())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256)
                .type(TokenKeys.ACCESS_TOKEN_TYPE)
                .build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}

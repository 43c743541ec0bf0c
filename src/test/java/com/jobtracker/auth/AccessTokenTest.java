package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every forged, expired or misused token is refused with 401 and an RFC 6750 challenge. */
class AccessTokenTest extends ApiTest {

    @Autowired
    SecretKey jwtSigningKey;

    private Session session;

    @BeforeEach
    void signUpSomeone() {
        session = signUp();
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("jobtracker")
                .audience("jobtracker-api")
                .subject(session.userId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("gen", 0);
    }

    private String signed(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) throws Exception {
        JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"));
        SignedJWT jwt = new SignedJWT(header.apply(builder).build(), claims);
        jwt.sign(new MACSigner(jwtSigningKey));
        return jwt.serialize();
    }

    private String signed(JWTClaimsSet claims) throws Exception {
        return signed(claims, UnaryOperator.identity());
    }

    private void assertRejected(String token) {
        HttpApi.Response response = api.get("/api/v1/auth/me").bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void acceptsAWellFormedTokenSignedWithTheKey() throws Exception {
        HttpApi.Response response =
                api.get("/api/v1/auth/me").bearer(signed(validClaims().build())).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void missingTokenIsUnauthorizedWithABearerChallenge() {
        HttpApi.Response response = api.get("/api/v1/auth/me").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void rejectsAlgNone() {
        assertRejected(new PlainJWT(validClaims().build()).serialize());
    }

    @Test
    void rejectsAlgNoneWithTheRealSignatureAttached() throws Exception {
        String[] real = signed(validClaims().build()).split("\\.");
        String noneHeader = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes());
        assertRejected(noneHeader + "." + real[1] + "." + real[2]);
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                validClaims().build());
        jwt.sign(new MACSigner("a-completely-different-secret-key-of-32+bytes".getBytes()));
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAFlippedSignature() throws Exception {
        String token = signed(validClaims().build());
        char last = token.charAt(token.length() - 2);
        assertRejected(
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1));
    }

    @Test
    void rejectsAnRs256TokenCarryingItsOwnKeyInTheHeader() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .jwk(attacker.toPublicJWK())
                        .build(),
                validClaims().build());
        jwt.sign(new RSASSASigner(attacker));
        assertRejected(jwt.serialize());
    }

    @Test
    void neverFetchesKeysNamedInTheHeader() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .jwkURL(URI.create("https://attacker.example/jwks.json"))
                        .keyID("../../dev/null")
                        .build(),
                validClaims().build());
        jwt.sign(new MACSigner(new byte[32])); // an all-zero key, as /dev/null would give
        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsAnExpiredToken() throws Exception {
        assertRejected(signed(validClaims()
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build()));
    }

    @Test
    void rejectsATokenWithoutExpiry() throws Exception {
        assertRejected(signed(validClaims().expirationTime(null).build()));
    }

    @Test
    void rejectsATokenNotValidYet() throws Exception {
        assertRejected(signed(validClaims()
                .notBeforeTime(Date.from(Instant.now().plusSeconds(600)))
                .build()));
    }

    @Test
    void rejectsTheWrongIssuer() throws Exception {
        assertRejected(signed(validClaims().issuer("someone-else").build()));
    }

    @Test
    void rejectsTheWrongAudience() throws Exception {
        assertRejected(signed(validClaims().audience(List.of("another-api")).build()));
    }

    @Test
    void rejectsATokenOfAnotherType() throws Exception {
        assertRejected(signed(validClaims().build(), h -> h.type(JOSEObjectType.JWT)));
    }

    @Test
    void rejectsATokenFromAnEarlierGeneration() throws Exception {
        assertRejected(signed(validClaims().claim("gen", -1).build()));
    }

    @Test
    void rejectsATokenForAUserThatDoesNotExist() throws Exception {
        assertRejected(
                signed(validClaims().subject(UUID.randomUUID().toString()).build()));
    }

    @Test
    void rejectsGarbage() {
        assertRejected("not-a-jwt");
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        assertRejected(session.refreshToken());
    }

    @Test
    void accessTokenIsNotARefreshToken() {
        HttpApi.Response response = api.post("/api/v1/auth/refresh")
                .json(Map.of("refresh_token", session.accessToken()))
                .send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("type")).endsWith("/invalid-refresh-token");
    }
}

package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RefreshTokenTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExpiredTokenCleanup cleanup;

    private HttpApi.Response refresh(String token) {
        return api.post("/api/v1/auth/refresh")
                .json(Map.of("refresh_token", token))
                .send();
    }

    @Test
    void refreshRotatesTheToken() {
        Session session = signUp();

        HttpApi.Response first = refresh(session.refreshToken());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String rotated = first.text("refresh_token");
        assertThat(rotated).isNotEqualTo(session.refreshToken());
        assertThat(first.json().path("refresh_expires_in").asLong()).isBetween(604700L, 604800L);
        HttpApi.Response me =
                api.get("/api/v1/auth/me").bearer(first.text("access_token")).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(refresh(rotated).status()).isEqualTo(200);
    }

    @Test
    void replayingAUsedTokenRevokesTheWholeFamily() {
        Session session = signUp();
        String second = refresh(session.refreshToken()).text("refresh_token");

        HttpApi.Response replay = refresh(session.refreshToken());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(refresh(second).status())
                .as("the token rotated from the replayed one")
                .isEqualTo(401);
    }

    @Test
    void concurrentUseOfOneTokenSucceedsAtMostOnce() throws Exception {
        Session session = signUp();
        int contenders = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < contenders; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return refresh(session.refreshToken()).status();
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }

        assertThat(statuses).filteredOn(s -> s == 200).hasSizeLessThanOrEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 401);
    }

    @Test
    void signOutRevokesTheFamily() {
        Session session = signUp();
        String rotated = refresh(session.refreshToken()).text("refresh_token");

        HttpApi.Response signOut = api.post("/api/v1/auth/signout")
                .json(Map.of("refresh_token", rotated))
                .send();

        assertThat(signOut.status()).isEqualTo(204);
        assertThat(refresh(rotated).status()).isEqualTo(401);
    }

    @Test
    void signOutLeavesOtherDevicesSignedIn() {
        Session session = signUp();
        String otherDevice = api.post("/api/v1/auth/signin")
                .json(Map.of("email", session.email(), "password", PASSWORD))
                .send()
                .text("refresh_token");

        api.post("/api/v1/auth/signout")
                .json(Map.of("refresh_token", session.refreshToken()))
                .send();

        assertThat(refresh(otherDevice).status()).isEqualTo(200);
    }

    @Test
    void expiresSevenDaysAfterSignInHoweverOftenItIsRotated() {
        Session session = signUp();
        String rotated = refresh(session.refreshToken()).text("refresh_token");
        jdbc.sql("update refresh_tokens set expires_at = now() - interval '1 second' where user_id = :user")
                .param("user", java.util.UUID.fromString(session.userId()))
                .update();

        assertThat(refresh(rotated).status()).isEqualTo(401);
    }

    @Test
    void storesOnlyHashesOfRefreshTokens() {
        Session session = signUp();

        long plaintext = jdbc.sql("select count(*) from refresh_tokens where encode(token_hash, 'escape') like :token")
                .param("token", "%" + session.refreshToken() + "%")
                .query(Long.class)
                .single();

        assertThat(plaintext).isZero();
        assertThat(session.refreshToken().length()).isGreaterThanOrEqualTo(43); // 256 bits, base64url
    }

    @Test
    void missingOrUnknownRefreshTokens() {
        assertThat(api.post("/api/v1/auth/refresh").json(Map.of()).send().status())
                .isEqualTo(422);
        assertThat(refresh("made-up-token").status()).isEqualTo(401);
    }

    @Test
    void nightlyCleanupForgetsOnlyTokensThatCanNeverBeUsedAgain() {
        Session expired = signUp();
        Session live = signUp();
        jdbc.sql("update refresh_tokens set expires_at = now() - interval '2 days' where user_id = :user")
                .param("user", java.util.UUID.fromString(expired.userId()))
                .update();

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);

        assertThat(tokensOf(expired)).isZero();
        assertThat(tokensOf(live)).isEqualTo(1);
        assertThat(refresh(live.refreshToken()).status()).isEqualTo(200);
    }

    private long tokensOf(Session session) {
        return jdbc.sql("select count(*) from refresh_tokens where user_id = :user")
                .param("user", java.util.UUID.fromString(session.userId()))
                .query(Long.class)
                .single();
    }
}

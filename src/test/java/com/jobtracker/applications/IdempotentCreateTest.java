package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotentCreateTest extends ApiTest {

    private HttpApi.Response post(Session session, String key, Map<String, Object> body) {
        return api.post("/api/v1/applications")
                .bearer(session.accessToken())
                .header("Idempotency-Key", key)
                .json(body)
                .send();
    }

    private long total(Session session) {
        return api.get("/api/v1/applications")
                .bearer(session.accessToken())
                .send()
                .json()
                .path("total")
                .asLong();
    }

    @Test
    void retryWithTheSameKeyReplaysTheFirstResponseAndCreatesNothing() {
        Session ada = signUp();
        String key = UUID.randomUUID().toString();

        HttpApi.Response first = post(ada, key, ApplicationsApiTest.stripe());
        HttpApi.Response retry = post(ada, key, ApplicationsApiTest.stripe());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(total(ada)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentDuplicatesCreateExactlyOneApplication() throws Exception {
        Session ada = signUp();
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpApi.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(() -> {
                start.await();
                return post(ada, key, ApplicationsApiTest.stripe());
            });
        }

        List<HttpApi.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Future<HttpApi.Response>> futures =
                    posts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<HttpApi.Response> future : futures) {
                responses.add(future.get());
            }
        }

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.header("Location")).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null))
                .hasSize(1);
        assertThat(total(ada)).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIsRefused() {
        Session ada = signUp();
        String key = UUID.randomUUID().toString();
        Map<String, Object> other = ApplicationsApiTest.stripe();
        other.put("company_name", "Adyen");

        post(ada, key, ApplicationsApiTest.stripe());
        HttpApi.Response reused = post(ada, key, other);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("type")).isEqualTo("https://jobtracker.dev/problems/idempotency-key-reused");
        assertThat(total(ada)).isEqualTo(1);
    }

    @Test
    void keysAreScopedPerUser() {
        Session ada = signUp();
        Session bob = signUp();
        String key = UUID.randomUUID().toString();

        HttpApi.Response adas = post(ada, key, ApplicationsApiTest.stripe());
        HttpApi.Response bobs = post(bob, key, ApplicationsApiTest.stripe());

        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.header("Idempotent-Replayed")).isNull();
        assertThat(bobs.header("Location")).isNotEqualTo(adas.header("Location"));
        assertThat(total(bob)).isEqualTo(1);
    }

    @Test
    void rejectsAnInvalidKeyAndDoesNotStoreAFailedValidation() {
        Session ada = signUp();
        String key = UUID.randomUUID().toString();

        HttpApi.Response tooLong = post(ada, "k".repeat(256), ApplicationsApiTest.stripe());
        HttpApi.Response invalid = post(ada, key, Map.of("company_name", "Stripe"));
        HttpApi.Response corrected = post(ada, key, ApplicationsApiTest.stripe());

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").get(0).path("field").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }
}

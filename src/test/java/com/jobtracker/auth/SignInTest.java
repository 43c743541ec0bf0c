package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInTest extends ApiTest {

    private HttpApi.Response signIn(String email, String password) {
        return api.post("/api/v1/auth/signin")
                .json(Map.of("email", email, "password", password))
                .send();
    }

    @Test
    void signsInWithJsonCaseInsensitively() {
        Session session = signUp();

        HttpApi.Response response = signIn(" " + session.email().toUpperCase(), PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("access_token")).isNotBlank().isNotEqualTo(session.accessToken());
        assertThat(response.text("refresh_token")).isNotBlank().isNotEqualTo(session.refreshToken());
        assertThat(response.json().path("user").path("id").asString()).isEqualTo(session.userId());
    }

    @Test
    void signsInWithAnOAuthStyleForm() {
        Session session = signUp();
        String form = "username=" + URLEncoder.encode(session.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        HttpApi.Response response = api.post("/api/v1/auth/signin")
                .raw("application/x-www-form-urlencoded", form)
                .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("token_type")).isEqualTo("bearer");
    }

    @Test
    void formWithoutPasswordIsABadRequest() {
        HttpApi.Response response = api.post("/api/v1/auth/signin")
                .raw("application/x-www-form-urlencoded", "username=a%40b.c")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Session session = signUp();

        HttpApi.Response wrongPassword = signIn(session.email(), "not the password at all");
        HttpApi.Response unknownEmail = signIn(uniqueEmail(), "not the password at all");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(wrongPassword.text("detail")).isEqualTo("Email or password is incorrect.");
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottledWithRetryAfter() {
        Session victim = signUp();
        Session bystander = signUp();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(victim.email(), "wrong password " + attempt).status())
                    .isEqualTo(401);
        }

        HttpApi.Response throttled = signIn(victim.email(), PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(signIn(bystander.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void missingFieldsAreReported() {
        HttpApi.Response response =
                api.post("/api/v1/auth/signin").json(Map.of("email", "")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password");
    }
}

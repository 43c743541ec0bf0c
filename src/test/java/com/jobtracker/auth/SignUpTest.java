package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignUpTest extends ApiTest {

    @Test
    void signUpReturnsTokensAndTheUser() {
        String email = uniqueEmail();
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .json(Map.of("email", "  " + email.toUpperCase() + " ", "password", PASSWORD, "full_name", "Ada"))
                .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("token_type")).isEqualTo("bearer");
        assertThat(response.json().path("expires_in").asInt()).isEqualTo(1800);
        assertThat(response.json().path("refresh_expires_in").asInt()).isEqualTo(604800);
        assertThat(response.json().path("user").path("email").asString()).isEqualTo(email);
        assertThat(response.json().path("user").path("is_premium").asBoolean()).isFalse();

        HttpApi.Response me =
                api.get("/api/v1/auth/me").bearer(response.text("access_token")).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(email);
    }
}

package com.jobtracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the whole application on a random port, a real database, real HTTP. Every test makes
 * its own users (random emails), so tests never see each other's data and may share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    public static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    protected HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** Signs a new person up and returns their tokens. */
    protected Session signUp() {
        String email = uniqueEmail();
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .json(Map.of("email", email, "password", PASSWORD, "full_name", "Ada Lovelace"))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Session(
                email,
                response.text("access_token"),
                response.text("refresh_token"),
                response.json().path("user").path("id").asString());
    }

    public record Session(String email, String accessToken, String refreshToken, String userId) {}
}

package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignUpTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    private HttpApi.Response signUp(String email, String password) {
        return api.post("/api/v1/auth/signup")
                .json(Map.of("email", email, "password", password, "full_name", "Ada Lovelace"))
                .send();
    }

    @Test
    void signUpReturnsTokensAndTheUser() {
        String email = uniqueEmail();
        HttpApi.Response response = signUp("  " + email.toUpperCase() + " ", PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("token_type")).isEqualTo("bearer");
        assertThat(response.json().path("expires_in").asInt()).isEqualTo(1800);
        assertThat(response.json().path("refresh_expires_in").asInt()).isEqualTo(604800);
        assertThat(response.json().path("user").path("email").asString()).isEqualTo(email);
        assertThat(response.json().path("user").path("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(response.json().path("user").path("is_premium").asBoolean()).isFalse();
        assertThat(response.json().path("user").path("created_at").asString()).endsWith("Z");

        HttpApi.Response me =
                api.get("/api/v1/auth/me").bearer(response.text("access_token")).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.text("id"))
                .isEqualTo(response.json().path("user").path("id").asString());
    }

    @Test
    void rejectsASecondAccountForTheSameEmailInAnyCase() {
        String email = uniqueEmail();
        assertThat(signUp(email, PASSWORD).status()).isEqualTo(201);

        HttpApi.Response again = signUp(email.toUpperCase(), PASSWORD);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.text("type")).endsWith("/email-taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "password123", "qwertyuiop"})
    void rejectsShortOrCommonPasswordsWithAFieldError(String password) {
        HttpApi.Response response = signUp(uniqueEmail(), password);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().path("errors").path(0).path("field").asString())
                .isEqualTo("password");
    }

    @Test
    void rejectsPasswordsOver128Characters() {
        HttpApi.Response response = signUp(uniqueEmail(), "x".repeat(129));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").path(0).path("message").asString())
                .contains("128");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 64, 128})
    void acceptsPasswordsOfEightTo128CharactersIncludingMultiByteOnes(int length) {
        String emoji = "\uD83D\uDD11".repeat(length); // 🔑: one character, four bytes in UTF-8
        String email = uniqueEmail();

        assertThat(signUp(email, emoji).status()).isEqualTo(201);
        HttpApi.Response signIn = api.post("/api/v1/auth/signin")
                .json(Map.of("email", email, "password", emoji))
                .send();
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
    }

    @Test
    void passwordsSharingTheFirst72BytesAreDifferentPasswords() {
        String prefix = "a-long-passphrase-".repeat(5); // 90 bytes, past bcrypt's 72-byte window
        String email = uniqueEmail();
        assertThat(signUp(email, prefix + "one").status()).isEqualTo(201);

        HttpApi.Response signIn = api.post("/api/v1/auth/signin")
                .json(Map.of("email", email, "password", prefix + "two"))
                .send();

        assertThat(signIn.status()).isEqualTo(401);
    }

    @Test
    void storesOnlyABcryptHashOfCostAtLeastTen() {
        String email = uniqueEmail();
        signUp(email, PASSWORD);

        String hash = jdbc.sql("select password_hash from users where email = :email")
                .param("email", email)
                .query(String.class)
                .single();

        assertThat(hash).matches("^\\$2[aby]\\$(1[0-9]|2\\d)\\$.{53}$").doesNotContain(PASSWORD);
    }

    @Test
    void reportsEveryMissingOrInvalidField() {
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .json(Map.of("email", "not-an-email"))
                .send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password", "full_name");
    }

    @Test
    void malformedJsonIsABadRequestThatCreatesNothing() {
        String email = uniqueEmail();
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .raw("application/json", "{\"email\": \"" + email + "\", \"password\": ")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Jackson", "tools.jackson", "Exception");
        assertThat(countUsers(email)).isZero();
    }

    @Test
    void wrongJsonTypesAreABadRequest() {
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .raw("application/json", "{\"email\": {\"nested\": true}, \"password\": [1], \"full_name\": 3}")
                .send();

        assertThat(response.status()).isIn(400, 422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownContentTypeIsUnsupportedMediaType() {
        HttpApi.Response response =
                api.post("/api/v1/auth/signup").raw("text/plain", "hello").send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void oversizedBodiesAreRefusedWithContentTooLarge() {
        String padding = "x".repeat(1_100_000);
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .json(Map.of("email", uniqueEmail(), "password", PASSWORD, "full_name", padding))
                .send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        HttpApi.Response response = api.post("/api/v1/auth/signup")
                .json(Map.of(
                        "email",
                        uniqueEmail(),
                        "password",
                        PASSWORD,
                        "full_name",
                        "Ada",
                        "is_premium",
                        true,
                        "favourite_colour",
                        "green"))
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("user").path("is_premium").asBoolean()).isFalse();
    }

    private long countUsers(String email) {
        return jdbc.sql("select count(*) from users where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }
}

package com.jobtracker.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole reset flow through a real SMTP server (GreenMail). Mail goes out from a background job polled every few
 * seconds, so the tests (each with its own user) run concurrently instead of waiting in turn.
 */
@Execution(ExecutionMode.CONCURRENT)
class PasswordResetTest extends ApiTest {

    private static final Pattern LINK = Pattern.compile("(\\S+)#/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    JdbcClient jdbc;

    private HttpApi.Response requestReset(String email) {
        return api.post("/api/v1/auth/password-reset")
                .json(Map.of("email", email))
                .send();
    }

    private HttpApi.Response confirm(String token, String password) {
        return api.post("/api/v1/auth/password-reset/confirm")
                .json(Map.of("token", token, "new_password", password))
                .send();
    }

    private static List<Mailbox.Mail> mailTo(String email) {
        return Mailbox.of(email);
    }

    private static Matcher awaitResetLink(String email, int mails) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() >= mails);
        Matcher link = LINK.matcher(mailTo(email).get(mails - 1).body());
        assertThat(link.find()).as("reset link in the mail").isTrue();
        return link;
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswerAndOnlyTheKnownOneGetsMail() {
        Session session = signUp();
        String stranger = uniqueEmail();

        HttpApi.Response known = requestReset(session.email());
        HttpApi.Response unknown = requestReset(stranger);

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        awaitResetLink(session.email(), 1);
        assertThat(mailTo(stranger)).isEmpty();
    }

    @Test
    void resettingSetsThePasswordAndSignsOutEveryDevice() {
        Session session = signUp();
        assertThat(api.get("/api/v1/auth/me")
                        .bearer(session.accessToken())
                        .send()
                        .status())
                .as("access token in use (and remembered as verified) before the reset")
                .isEqualTo(200);
        requestReset(session.email());
        String token = awaitResetLink(session.email(), 1).group(2);

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me")
                        .bearer(session.accessToken())
                        .send()
                        .status())
                .as("access token issued before the reset")
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh")
                        .json(Map.of("refresh_token", session.refreshToken()))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(signInStatus(session.email(), PASSWORD)).isEqualTo(401);
        assertThat(signInStatus(session.email(), NEW_PASSWORD)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        mailTo(session.email()).stream().anyMatch(m -> m.body().contains("was just changed")));
    }

    @Test
    void aTokenWorksOnce() {
        Session session = signUp();
        requestReset(session.email());
        String token = awaitResetLink(session.email(), 1).group(2);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        HttpApi.Response again = confirm(token, "yet another passphrase");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("type")).endsWith("/invalid-reset-token");
    }

    @Test
    void aNewerRequestInvalidatesTheOlderToken() {
        Session session = signUp();
        requestReset(session.email());
        String older = awaitResetLink(session.email(), 1).group(2);
        requestReset(session.email());
        String newer = awaitResetLink(session.email(), 2).group(2);

        assertThat(confirm(older, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(confirm(newer, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Session session = signUp();
        requestReset(session.email());
        String token = awaitResetLink(session.email(), 1).group(2);
        jdbc.sql("update password_reset_tokens set expires_at = now() - interval '1 second' where user_id = :user")
                .param("user", UUID.fromString(session.userId()))
                .update();

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(signInStatus(session.email(), PASSWORD)).isEqualTo(200);
    }

    @Test
    void aWeakNewPasswordIsRefusedWithoutUsingUpTheToken() {
        Session session = signUp();
        requestReset(session.email());
        String token = awaitResetLink(session.email(), 1).group(2);

        HttpApi.Response weak = confirm(token, "password");

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().path("errors").path(0).path("field").asString()).isEqualTo("new_password");
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheToken() {
        Session session = signUp();
        requestReset(session.email());
        String token = awaitResetLink(session.email(), 1).group(2);

        List<byte[]> stored = jdbc.sql("select token_hash from password_reset_tokens where user_id = :user")
                .param("user", UUID.fromString(session.userId()))
                .query(byte[].class)
                .list();

        assertThat(stored).hasSize(1);
        assertThat(new String(stored.getFirst(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(token);
        assertThat(stored.getFirst()).isEqualTo(OpaqueTokens.hash(token));
    }

    @Test
    void theLinkIsBuiltFromConfigurationNotFromRequestHeaders() {
        Session session = signUp();

        api.post("/api/v1/auth/password-reset")
                .header("Host", "evil.test")
                .header("X-Forwarded-Host", "evil.test")
                .json(Map.of("email", session.email()))
                .send();

        Matcher link = awaitResetLink(session.email(), 1);
        assertThat(link.group(1)).startsWith("http://localhost:8080").doesNotContain("evil.test");
    }

    @Test
    void badInputIsReported() {
        assertThat(api.post("/api/v1/auth/password-reset")
                        .json(Map.of("email", "not-an-email"))
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/auth/password-reset/confirm")
                        .json(Map.of("new_password", NEW_PASSWORD))
                        .send()
                        .status())
                .isEqualTo(422);
        assertThat(confirm("made-up-token", NEW_PASSWORD).status()).isEqualTo(400);
    }

    private int signInStatus(String email, String password) {
        return api.post("/api/v1/auth/signin")
                .json(Map.of("email", email, "password", password))
                .send()
                .status();
    }
}

package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.Mailbox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuthScreensTest extends BrowserTest {

    private static final Pattern RESET_LINK =
            Pattern.compile("https?://[^\\s\"<>]+/#/reset-password\\?token=[^\\s\"<>]+");

    @Test
    void signsUpSignsOutAndSignsBackIn() {
        String email = signUpInBrowser("Grace Hopper");
        String refreshToken = (String) page.evaluate("() => localStorage.getItem('jobtracker.refresh_token')");
        assertThat(refreshToken).isNotBlank();

        page.getByRole(AriaRole.LINK, named("Profile")).click();
        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Sign in"))).isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('jobtracker.refresh_token')"))
                .isNull();
        HttpApi.Response reuse = api.post("/api/v1/auth/refresh")
                .json(Map.of("refresh_token", refreshToken))
                .send();
        assertThat(reuse.status())
                .as("the refresh token is revoked on sign-out")
                .isEqualTo(401);

        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Grace");
    }

    @Test
    void keepsTheSessionAcrossAReload() {
        signInAsNewUser();
        open("/profile");
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("Profile"))).isVisible();
    }

    @Test
    void sendsAProtectedPageToSignInAndBackAfterwards() {
        Session session = signUp();
        open("/analytics");
        assertThat(page.getByRole(AriaRole.HEADING, named("Sign in"))).isVisible();
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Analytics"))).isVisible();
    }

    @Test
    void showsTheApisFieldErrorsBesideTheFields() {
        open("/signup");
        page.getByLabel("Full name").fill("Short Password");
        page.getByLabel("Email").fill(uniqueEmail());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
        page.getByRole(AriaRole.BUTTON, named("Create account")).click();

        var password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-field=password] .error")).isVisible();
        assertThat(page.locator("[data-field=password] .error")).not().isEmpty();
    }

    @Test
    void rejectsAWrongPasswordWithTheServersMessage() {
        Session session = signUp();
        open("/signin");
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill("not the password at all");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Sign in"))).isVisible();
    }

    @Test
    void resetsThePasswordThroughTheEmailedLink() {
        Session session = signUp();
        open("/signin");
        page.getByRole(AriaRole.LINK, named("Forgot password?")).click();
        page.getByLabel("Email").fill(session.email());
        page.getByRole(AriaRole.BUTTON, named("Email me a reset link")).click();
        assertThat(page.getByText("a reset link is on its way")).isVisible();

        String link = await().atMost(Duration.ofSeconds(20))
                .until(() -> resetLinkFor(session.email()), Optional::isPresent)
                .orElseThrow();
        // The mail links to jobtracker.public-url; the test server runs on a random port.
        String local = baseUrl() + link.substring(link.indexOf("/#/"));
        page.navigate(local);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("a brand new passphrase 42");
        page.getByLabel("Repeat new password").fill("a brand new passphrase 42");
        page.getByRole(AriaRole.BUTTON, named("Set new password")).click();

        assertThat(page.getByText("Your password was changed")).isVisible();
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill("a brand new passphrase 42");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, named("Main"))).isVisible();
        assertThat(api.post("/api/v1/auth/refresh")
                        .json(Map.of("refresh_token", session.refreshToken()))
                        .send()
                        .status())
                .as("the reset signed out every other device")
                .isEqualTo(401);
    }

    private static Optional<String> resetLinkFor(String email) {
        return Mailbox.of(email).stream()
                .map(Mailbox.Mail::body)
                .map(RESET_LINK::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .findFirst();
    }
}

package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Every screen at phone (375×812) and desktop (1440×900) size: saved under {@code target/screenshots/}, checked for
 * horizontal scrolling and audited with axe-core. Signed-in tabs are shown for a new account (their empty states).
 */
class ScreenshotsTest extends BrowserTest {

    @Test
    void signedOutScreensAreAccessibleAtBothSizes() throws Exception {
        open("/signin");
        assertThat(page.getByRole(AriaRole.HEADING, named("Sign in"))).isVisible();
        screenshotAndAudit("signin");
        open("/signup");
        assertThat(page.getByRole(AriaRole.HEADING, named("Create your account")))
                .isVisible();
        screenshotAndAudit("signup");
        open("/forgot-password");
        assertThat(page.getByRole(AriaRole.HEADING, named("Reset your password")))
                .isVisible();
        screenshotAndAudit("forgot-password");
        open("/reset-password?token=example");
        assertThat(page.getByRole(AriaRole.HEADING, named("Choose a new password")))
                .isVisible();
        screenshotAndAudit("reset-password");
    }

    @Test
    void emptyTabsOfANewAccountAreAccessibleAtBothSizes() throws Exception {
        signInAsNewUser();
        for (String tab : new String[] {"home", "apps", "jobs", "analytics", "profile"}) {
            open("/" + tab);
            assertThat(page.locator("nav[aria-label=Main] a[aria-current=page]"))
                    .hasAttribute("href", "#/" + tab);
            screenshotAndAudit(tab + "-empty");
        }
    }
}

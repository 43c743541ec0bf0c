package com.jobtracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.jobtracker.testing.ApiTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the web client's end-to-end tests: the real server on a random port driven by a real Chromium. One browser
 * per test class, a fresh context (cookies, storage, service workers) per test. Any page error or console error fails
 * the test, and the browser never reaches the internet: external images (company logos) are answered with a stand-in
 * logo, anything else external is aborted.
 */
public abstract class BrowserTest extends ApiTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<int[]> VIEWPORTS = List.of(new int[] {375, 812}, new int[] {1440, 900});

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    /** What every external image (a company logo) is answered with: a plain stand-in logo. */
    private static final byte[] STAND_IN_LOGO = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>"
                    + "<rect width='64' height='64' rx='14' fill='#0f766e'/>"
                    + "<path d='M18 44 32 18l14 26z' fill='#fff'/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int serverPort;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        List<String> args = List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run");
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(args);
        if (Files.exists(Path.of(CHROMIUM))) {
            // The machine's Chromium (Debian's package on the build machines and in CI): never download one.
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            options.setExecutablePath(Path.of(CHROMIUM));
        } else {
            // No Chromium installed: Playwright fetches its own on first use, where the machine has internet.
            try {
                playwright = Playwright.create();
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "The web client tests need Chromium: none at " + CHROMIUM + " and Playwright could not"
                                + " download its own (apt-get install -y chromium, or set CHROMIUM_PATH)",
                        e);
            }
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openContext() {
        context = newContext(serviceWorkers());
        page = context.newPage();
    }

    /** Service workers are blocked unless a test is about them, so every request is visible to the test. */
    ServiceWorkerPolicy serviceWorkers() {
        return ServiceWorkerPolicy.BLOCK;
    }

    protected BrowserContext newContext(ServiceWorkerPolicy serviceWorkers) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setViewportSize(375, 812)
                .setServiceWorkers(serviceWorkers)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
        created.setDefaultTimeout(15_000);
        created.route(
                url -> !url.startsWith(baseUrl()) && !url.startsWith("data:") && !url.startsWith("blob:"), route -> {
                    if ("image".equals(route.request().resourceType())) {
                        route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                                .setStatus(200)
                                .setContentType("image/svg+xml")
                                .setBodyBytes(STAND_IN_LOGO));
                    } else {
                        route.abort();
                    }
                });
        created.onPage(this::watchConsole);
        return created;
    }

    private void watchConsole(Page watched) {
        watched.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !isHandledApiStatus(message.text(), message.location())) {
                consoleErrors.add(message.text() + " @ " + message.location());
            }
        });
        watched.onPageError(error -> consoleErrors.add("page error: " + error));
    }

    /**
     * Chromium itself logs every 4xx answer to fetch as "Failed to load resource". An API answering 404 "no resume
     * yet" or 422 "invalid field" is part of the contract and the client shows it to the person; those log lines are
     * not errors of the client. Anything else (script errors, console.error, failed page resources, 5xx) still fails.
     */
    private boolean isHandledApiStatus(String text, String location) {
        return location.startsWith(baseUrl() + "/api/")
                && text.matches("Failed to load resource: the server responded with a status of 4\\d\\d.*");
    }

    @AfterEach
    void closeContextAndCheckConsole() {
        if (context != null) context.close();
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + serverPort;
    }

    // ---------- journeys ----------

    protected void open(String hashPath) {
        page.navigate("/#" + hashPath);
    }

    protected String signUpInBrowser(String fullName) {
        String email = uniqueEmail();
        open("/signup");
        page.getByLabel("Full name").fill(fullName);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(fullName.split(" ")[0]);
        return email;
    }

    /** Signs a person up through the API and into the browser through the sign-in screen. */
    protected Session signInAsNewUser() {
        Session session = signUp();
        open("/signin");
        page.getByLabel("Email").fill(session.email());
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
                .isVisible();
        return session;
    }

    /** Clicks a tab in the main navigation (bottom bar on phones, side bar on desktops). */
    protected void goToTab(String name) {
        page.getByRole(AriaRole.NAVIGATION, named("Main"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name))
                .click();
    }

    protected Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    // ---------- screenshots and accessibility ----------

    /**
     * Saves the current page at both sizes as {@code target/screenshots/<name>-<w>x<h>.png}, checks that the phone
     * size has no horizontal scrolling and that axe finds no serious or critical violation at either size.
     */
    protected void screenshotAndAudit(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (int[] size : VIEWPORTS) {
            page.setViewportSize(size[0], size[1]);
            page.waitForLoadState();
            page.waitForFunction("() => !document.querySelector('.state-loading')");
            // Toasts are transient; they would hide the page in the screenshot.
            page.evaluate("() => document.getElementById('toasts')?.replaceChildren()");
            boolean horizontalScroll =
                    (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(horizontalScroll)
                    .as("%s scrolls horizontally at %dpx", name, size[0])
                    .isFalse();
            List<Rule> violations = new AxeBuilder(page)
                            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                            .analyze()
                            .getViolations()
                            .stream()
                            .filter(rule -> SERIOUS.contains(rule.getImpact()))
                            .toList();
            assertThat(violations)
                    .as("serious accessibility violations on %s at %dpx: %s", name, size[0], describe(violations))
                    .isEmpty();
            // The window is made as tall as the page rather than taking a "full page" shot, which would paint the
            // fixed tab bar and header in the middle of the page.
            int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
            page.setViewportSize(size[0], Math.max(size[1], height));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + "x" + size[1] + ".png")));
        }
        page.setViewportSize(375, 812);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}

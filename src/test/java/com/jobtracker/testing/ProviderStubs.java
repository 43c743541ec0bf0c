package com.jobtracker.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One WireMock server per test JVM stands in for every external job API, each under its own path prefix
 * ({@code /google}, {@code /greenhouse} …), so all {@link ApiTest}s share one application context. Keys are set for
 * Google (SerpApi) and Indeed (JSearch); LinkedIn stays without one, to show a disabled source. Keyless boards'
 * feed caches are off so each test sees its own stubs. Redis keys get a prefix of their own per run.
 */
public class ProviderStubs implements EnvironmentPostProcessor, Ordered {

    public static final List<String> PROVIDERS = List.of(
            "google",
            "linkedin",
            "indeed",
            "greenhouse",
            "lever",
            "ashby",
            "remotive",
            "arbeitnow",
            "remoteok",
            "themuse");

    private static volatile WireMockServer server;

    public static synchronized WireMockServer wireMock() {
        if (server == null) {
            WireMockServer started = new WireMockServer(wireMockConfig()
                    .dynamicPort()
                    .bindAddress("127.0.0.1")
                    .containerThreads(120)
                    .jettyAcceptors(2));
            started.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(started::stop));
            server = started;
        }
        return server;
    }

    /** A stored provider answer from {@code src/test/resources/providers}, in PROVIDERS.md's exact format. */
    public static String fixture(String name) {
        try (InputStream in = ProviderStubs.class.getResourceAsStream("/providers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> properties(String baseUrl, String keyPrefix) {
        Map<String, Object> values = new HashMap<>();
        for (String provider : PROVIDERS) {
            values.put("jobtracker.providers." + provider + ".base-url", baseUrl + "/" + provider);
            values.put("jobtracker.providers." + provider + ".feed-ttl", "0s");
        }
        values.put("jobtracker.providers.google.api-key", "test-serpapi-key");
        values.put("jobtracker.providers.indeed.api-key", "test-rapidapi-key");
        values.put("jobtracker.providers.greenhouse.boards", "exampleco");
        values.put("jobtracker.providers.lever.companies", "leverdemo");
        values.put("jobtracker.providers.ashby.boards", "exampleco");
        values.put("jobtracker.cache.key-prefix", keyPrefix);
        return values;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains("providerStubs")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "providerStubs", properties(wireMock().baseUrl(), KEY_PREFIX)));
    }

    private static final String KEY_PREFIX = "jobtracker-test-" + UUID.randomUUID() + ":";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5;
    }
}

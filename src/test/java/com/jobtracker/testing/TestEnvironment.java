package com.jobtracker.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Gives every test JVM its own world: a temporary data directory, a real SMTP server (GreenMail) and a database of
 * its own. When {@code SPRING_DATASOURCE_URL} names a server (as in CI), a fresh database is created on it and dropped
 * when the JVM exits, so a run neither depends on nor leaves state in the shared server; otherwise the application's
 * embedded PostgreSQL starts in the temporary data directory.
 */
public class TestEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Pattern CREATED_AT = Pattern.compile("jobtracker_test_(\\d{10})_[0-9a-f]{8}");

    private static volatile Map<String, Object> properties;
    private static volatile GreenMail greenMail;

    public static GreenMail mail() {
        return greenMail;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testEnvironment", shared(environment)));
    }

    private static synchronized Map<String, Object> shared(ConfigurableEnvironment environment) {
        if (properties == null) {
            Map<String, Object> values = new HashMap<>();
            values.put("jobtracker.data-dir", temporaryDataDir().toString());
            // Every test request comes from 127.0.0.1; the per-address sign-in budget must outlast the suite.
            values.put("jobtracker.auth.throttle.per-client", "100000");
            // When the suite runs with SPRING_DATA_REDIS_URL (CI), sign-in counts go to Redis: one namespace per run.
            values.put("jobtracker.auth.throttle.key-prefix", "jobtracker-test-" + UUID.randomUUID() + ":auth:");
            greenMail = startMail();
            values.put("spring.mail.host", "127.0.0.1");
            values.put("spring.mail.port", greenMail.getSmtp().getPort());
            String serverUrl = environment.getProperty("spring.datasource.url");
            if (StringUtils.hasText(serverUrl)) {
                values.put(
                        "spring.datasource.url",
                        freshDatabase(
                                serverUrl,
                                environment.getProperty("spring.datasource.username", "postgres"),
                                environment.getProperty("spring.datasource.password", "")));
            }
            properties = Map.copyOf(values);
        }
        return properties;
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("jobtracker-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(mail::stop));
        return mail;
    }

    private static String freshDatabase(String serverUrl, String user, String password) {
        String name = "jobtracker_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform()
                        .unstarted(() -> execute(
                                serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    /**
     * A test JVM that was killed never ran its shutdown hook; its database is dropped by the next run once it is
     * older than any run could be (the creation time is in the name).
     */
    private static void dropAbandonedDatabases(String url, String user, String password) {
        long cutoff = Instant.now().minus(Duration.ofHours(3)).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery(
                        "select datname from pg_database where datname like 'jobtracker\\_test\\_%'")) {
            while (names.next()) {
                Matcher created = CREATED_AT.matcher(names.getString(1));
                if (created.matches() && Long.parseLong(created.group(1)) < cutoff) {
                    abandoned.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            return; // housekeeping only; the run itself does not depend on it
        }
        abandoned.forEach(name -> execute(url, user, password, "drop database if exists " + name + " with (force)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test database server", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}

package com.jobtracker.shared;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may read. {@code publicUrl} is where people reach the web client; links in emails are built
 * from it and never from request headers, which an attacker controls.
 */
@ConfigurationProperties("jobtracker")
public record JobTrackerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue Mail mail) {

    public record Mail(
            @DefaultValue("JobTracker <no-reply@jobtracker.local>")
            String from) {}
}

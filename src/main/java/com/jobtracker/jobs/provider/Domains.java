package com.jobtracker.jobs.provider;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A company's web domain from a website URL or a bare domain; job boards' own domains are not company domains. */
public final class Domains {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Set<String> BOARDS = Set.of(
            "linkedin.com",
            "indeed.com",
            "google.com",
            "greenhouse.io",
            "lever.co",
            "ashbyhq.com",
            "remotive.com",
            "arbeitnow.com",
            "remoteok.com",
            "themuse.com",
            "glassdoor.com",
            "ziprecruiter.com",
            "lensa.com");

    private Domains() {}

    public static @Nullable String of(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        String host;
        try {
            host = text.contains("://") ? URI.create(text).getHost() : text.split("/")[0];
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.startsWith("www.") ? host.substring(4) : host;
        if (!DOMAIN.matcher(host).matches()) {
            return null;
        }
        for (String board : BOARDS) {
            if (host.equals(board) || host.endsWith("." + board)) {
                return null;
            }
        }
        return host;
    }
}

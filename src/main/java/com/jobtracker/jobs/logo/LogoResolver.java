package com.jobtracker.jobs.logo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Domains;
import com.jobtracker.shared.JobTrackerProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A logo for every company, in this order: the provider's own logo, logo.dev (with a token and a known domain),
 * a favicon service by domain, and finally a monogram SVG that JobTracker draws itself, so something always renders,
 * offline too. Resolutions are cached for the life of the process (they are pure functions of name and domain).
 * Clearbit's logo API is shut down and not used.
 */
@Component
public class LogoResolver {

    public static final String MONOGRAM_PATH = "/api/v1/jobs/logos/monogram.svg";

    private final JobsProperties.Logos settings;
    private final String publicUrl;
    private final Cache<String, Logo> resolved =
            Caffeine.newBuilder().maximumSize(20_000).build();

    public LogoResolver(JobsProperties properties, JobTrackerProperties platform) {
        this.settings = properties.logos();
        String url = platform.publicUrl().toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code source} is provider, logo.dev, favicon or monogram. */
    public record Logo(String company, @Nullable String domain, String logoUrl, String source) {}

    public Job attach(Job job) {
        return job.withLogo(resolve(job.companyName(), job.companyDomain(), job.companyLogoUrl())
                .logoUrl());
    }

    public Logo resolve(String company, @Nullable String domainHint, @Nullable String providerLogo) {
        String domain = Domains.of(domainHint);
        if (providerLogo != null) {
            return new Logo(company, domain, providerLogo, "provider");
        }
        String key = company.toLowerCase(Locale.ROOT) + "|" + (domain == null ? "" : domain);
        return resolved.get(key, ignored -> chain(company, domain));
    }

    private Logo chain(String company, @Nullable String domain) {
        if (domain != null) {
            String token = settings.logoDevToken();
            if (token != null && !token.isBlank()) {
                return new Logo(
                        company,
                        domain,
                        "https://img.logo.dev/" + domain + "?token=" + encode(token) + "&size=128&format=png",
                        "logo.dev");
            }
            String template = settings.faviconUrlTemplate();
            if (template != null && template.contains("{domain}")) {
                return new Logo(company, domain, template.replace("{domain}", encode(domain)), "favicon");
            }
        }
        return new Logo(company, domain, publicUrl + MONOGRAM_PATH + "?name=" + encode(company), "monogram");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

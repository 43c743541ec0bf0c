package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.Job.ApplyLink;
import com.jobtracker.jobs.Job.Salary;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Assembles a normalised {@link Job} from one provider's fields, cleaning text and keeping only http(s) links. */
public final class JobBuilder {

    private final String source;
    private final String id;
    private final String title;
    private final String company;
    private @Nullable String domain;
    private @Nullable String logo;
    private @Nullable String location;
    private boolean remote;
    private @Nullable String type;
    private @Nullable Instant postedAt;
    private @Nullable Salary salary;
    private @Nullable String description;
    private final List<ApplyLink> links = new ArrayList<>();
    private @Nullable String sourceUrl;

    private JobBuilder(String source, String providerId, String title, String company) {
        this.source = source;
        this.id = JobIds.of(source, providerId);
        this.title = title;
        this.company = company;
    }

    /** Null when the posting lacks what every job needs: an id and a title. */
    public static @Nullable JobBuilder of(
            String source, @Nullable String providerId, @Nullable String title, @Nullable String company) {
        String cleanTitle = PlainText.line(title);
        if (providerId == null || providerId.isBlank() || cleanTitle == null) {
            return null;
        }
        String cleanCompany = PlainText.line(company);
        return new JobBuilder(source, providerId, cleanTitle, cleanCompany == null ? "Unknown company" : cleanCompany);
    }

    public JobBuilder domain(@Nullable String websiteOrDomain) {
        this.domain = Domains.of(websiteOrDomain);
        return this;
    }

    public JobBuilder logo(@Nullable String url) {
        this.logo = httpUrl(url);
        return this;
    }

    public JobBuilder location(@Nullable String value) {
        this.location = PlainText.line(value);
        return this;
    }

    public JobBuilder remote(boolean value) {
        this.remote = value;
        return this;
    }

    public JobBuilder employmentType(@Nullable String normalised) {
        this.type = normalised;
        return this;
    }

    public JobBuilder postedAt(@Nullable Instant value) {
        this.postedAt = value;
        return this;
    }

    public JobBuilder salary(@Nullable Salary value) {
        this.salary = value;
        return this;
    }

    public JobBuilder description(@Nullable String plainText) {
        this.description = plainText;
        return this;
    }

    public JobBuilder applyLink(@Nullable String url) {
        return applyLink(source, url);
    }

    public JobBuilder applyLink(String via, @Nullable String url) {
        String link = httpUrl(url);
        if (link != null && links.stream().noneMatch(existing -> existing.url().equals(link))) {
            links.add(new ApplyLink(via, link));
        }
        return this;
    }

    public JobBuilder sourceUrl(@Nullable String url) {
        this.sourceUrl = httpUrl(url);
        return this;
    }

    public Job build() {
        if (!remote && location != null && location.toLowerCase(Locale.ROOT).contains("remote")) {
            remote = true;
        }
        String applyUrl = links.isEmpty() ? sourceUrl : links.getFirst().url();
        return new Job(
                id,
                title,
                company,
                domain,
                logo,
                location,
                remote,
                type,
                postedAt,
                salary,
                description,
                applyUrl,
                links,
                source,
                List.of(source),
                sourceUrl,
                null,
                null);
    }

    /** Only absolute http(s) URLs survive, so a {@code javascript:} link from a provider never reaches a client. */
    public static @Nullable String httpUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package com.jobtracker.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job posting normalised across sources. {@code id} is {@code <source>:<provider id>} and stays the same for the
 * same posting across refreshes. {@code sourceUrl} is the posting on the board that published it: boards such as
 * Remotive, RemoteOK and Arbeitnow grant API access on condition that clients link back to it and name them.
 * {@code matchScore}/{@code matchReasons} are set only for a user with a resume.
 */
public record Job(
        String id,
        String title,
        String companyName,
        @Nullable String companyDomain,
        @Nullable String companyLogoUrl,
        @Nullable String location,
        boolean isRemote,
        @Nullable String employmentType,
        @Nullable Instant postedAt,
        @Nullable Salary salary,
        @Nullable String description,
        @Nullable String applyUrl,
        List<ApplyLink> applyLinks,
        String source,
        List<String> sources,
        @Nullable String sourceUrl,
        @Nullable Integer matchScore,
        @Nullable List<String> matchReasons) {

    public Job {
        // Null-tolerant because jobs also arrive as JSON (a client saving a job, the Redis cache).
        applyLinks = applyLinks == null ? List.of() : List.copyOf(applyLinks);
        sources = sources == null || sources.isEmpty()
                ? (source == null ? List.of() : List.of(source))
                : List.copyOf(sources);
        matchReasons = matchReasons == null ? null : List.copyOf(matchReasons);
    }

    /** Salary range of a posting; {@code period} is one of year, month, week, day, hour. */
    public record Salary(
            @Nullable Double min,
            @Nullable Double max,
            @Nullable String currency,
            @Nullable String period) {}

    /** Where to apply, per source that listed the posting. */
    public record ApplyLink(String source, String url) {}

    public Job withLogo(@Nullable String logoUrl) {
        return new Job(
                id,
                title,
                companyName,
                companyDomain,
                logoUrl,
                location,
                isRemote,
                employmentType,
                postedAt,
                salary,
                description,
                applyUrl,
                applyLinks,
                source,
                sources,
                sourceUrl,
                matchScore,
                matchReasons);
    }

    public Job withMatch(int score, List<String> reasons) {
        return new Job(
                id,
                title,
                companyName,
                companyDomain,
                companyLogoUrl,
                location,
                isRemote,
                employmentType,
                postedAt,
                salary,
                description,
                applyUrl,
                applyLinks,
                source,
                sources,
                sourceUrl,
                score,
                reasons);
    }

    /** This posting with what {@code other} (the same posting seen on another board) adds: sources and links. */
    public Job mergedWith(Job other) {
        var mergedSources = new LinkedHashSet<>(sources);
        mergedSources.addAll(other.sources);
        var links = new ArrayList<>(applyLinks);
        for (ApplyLink link : other.applyLinks) {
            if (links.stream().noneMatch(existing -> existing.url().equals(link.url()))) {
                links.add(link);
            }
        }
        return new Job(
                id,
                title,
                companyName,
                companyDomain != null ? companyDomain : other.companyDomain,
                companyLogoUrl != null ? companyLogoUrl : other.companyLogoUrl,
                location != null ? location : other.location,
                isRemote || other.isRemote,
                employmentType != null ? employmentType : other.employmentType,
                postedAt != null ? postedAt : other.postedAt,
                salary != null ? salary : other.salary,
                description != null ? description : other.description,
                applyUrl != null ? applyUrl : other.applyUrl,
                links,
                source,
                List.copyOf(mergedSources),
                sourceUrl,
                matchScore,
                matchReasons);
    }
}

package com.jobtracker.jobs.provider.themuse;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.HttpJobProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderHttp.Reply;
import com.jobtracker.jobs.provider.ProviderQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Muse's public jobs API (newest first, filtered here by the query). Over its limit it answers 403, not 429.
 * An API key is optional and only raises the limit. Jobs link back to their Muse landing page.
 */
@Component
class TheMuseJobsProvider extends HttpJobProvider {

    TheMuseJobsProvider(JobsProperties properties, Clock clock) {
        super("themuse", properties, "https://www.themuse.com", Map.of(), clock);
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        params.put("page", 0);
        params.put("descending", "true");
        params.put("location", query.location() == null || query.location().isBlank() ? null : query.location());
        params.put("api_key", settings.hasKey() ? settings.apiKey() : null);
        Reply reply = http.get("/api/public/jobs", params);
        if (reply.status() == 403) {
            throw new ProviderFailure("upstream rate limit exceeded (HTTP 403)");
        }
        JsonNode body = reply.require();
        if (!body.path("results").isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body.path("results"))) {
            JobBuilder job = JobBuilder.of(
                    name(),
                    Json.text(posting, "id"),
                    Json.text(posting, "name"),
                    Json.text(posting.path("company"), "name"));
            if (job == null) {
                continue;
            }
            List<String> places = new ArrayList<>();
            for (JsonNode place : Json.items(posting.path("locations"))) {
                String name = Json.text(place, "name");
                if (name != null) {
                    places.add(name);
                }
            }
            String landing = Json.text(posting.path("refs"), "landing_page");
            Job built = job.location(places.isEmpty() ? null : places.stream().collect(Collectors.joining("; ")))
                    .remote(places.stream().anyMatch(place -> place.contains("Remote")))
                    .postedAt(Dates.iso(Json.text(posting, "publication_date")))
                    .description(PlainText.fromHtml(Json.text(posting, "contents")))
                    .sourceUrl(landing)
                    .applyLink(landing)
                    .build();
            if (query.matches(built.title(), built.companyName(), null, null)) {
                jobs.add(built);
            }
        }
        return jobs;
    }
}

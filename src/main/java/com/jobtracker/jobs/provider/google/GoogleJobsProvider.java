package com.jobtracker.jobs.provider.google;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.HttpJobProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderHttp.Reply;
import com.jobtracker.jobs.provider.ProviderQuery;
import com.jobtracker.jobs.provider.Salaries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Google Jobs through SerpApi ({@code engine=google_jobs}). Pages follow {@code next_page_token}; the old
 * {@code start} offset stopped working with Google's 2024 layout and is never sent. A 200 whose {@code error} says
 * Google returned nothing is an empty result; any other {@code error} is a failure.
 */
@Component
class GoogleJobsProvider extends HttpJobProvider {

    private static final String NO_RESULTS = "hasn't returned any results";

    GoogleJobsProvider(JobsProperties properties, Clock clock) {
        super("google", properties, "https://serpapi.com", Map.of(), clock);
    }

    @Override
    public @Nullable String disabledBecause() {
        return disabledWithoutKey();
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        List<Job> jobs = new ArrayList<>();
        String token = null;
        for (int page = 0; page < Math.max(1, settings.maxPages()); page++) {
            Map<String, @Nullable Object> params = new LinkedHashMap<>();
            params.put("engine", "google_jobs");
            params.put("q", query.text());
            params.put("location", query.location());
            params.put("hl", "en");
            params.put("next_page_token", token);
            params.put("api_key", settings.apiKey());
            Reply reply = http.get("/search.json", params);
            JsonNode body = reply.require();
            String error = Json.text(body, "error");
            if (error != null) {
                if (error.contains(NO_RESULTS)) {
                    break;
                }
                throw new ProviderFailure("upstream reported an error");
            }
            if ("Error".equals(Json.text(body.path("search_metadata"), "status"))) {
                throw new ProviderFailure("upstream reported an error");
            }
            for (JsonNode result : Json.items(body.path("jobs_results"))) {
                Job job = toJob(result);
                if (job != null) {
                    jobs.add(job);
                }
            }
            token = Json.text(body.path("serpapi_pagination"), "next_page_token");
            if (token == null) {
                break;
            }
        }
        return jobs;
    }

    private @Nullable Job toJob(JsonNode result) {
        JobBuilder job = JobBuilder.of(
                name(), Json.text(result, "job_id"), Json.text(result, "title"), Json.text(result, "company_name"));
        if (job == null) {
            return null;
        }
        JsonNode extensions = result.path("detected_extensions");
        job.location(Json.text(result, "location"))
                .logo(Json.text(result, "thumbnail"))
                .remote(Json.flag(extensions, "work_from_home"))
                .employmentType(EmploymentTypes.of(Json.text(extensions, "schedule_type")))
                .postedAt(Dates.relative(Json.text(extensions, "posted_at"), clock))
                .salary(Salaries.parse(Json.text(extensions, "salary")))
                .description(PlainText.fromText(Json.text(result, "description")))
                .sourceUrl(Json.text(result, "share_link"));
        for (JsonNode option : Json.items(result.path("apply_options"))) {
            String via = Json.text(option, "title");
            job.applyLink(via == null ? name() : via, Json.text(option, "link"));
        }
        return job.build();
    }
}

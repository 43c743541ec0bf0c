package com.jobtracker.jobs.provider.linkedin;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.HttpJobProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderQuery;
import com.jobtracker.jobs.provider.RapidApi;
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
 * LinkedIn postings through the "LinkedIn Job Search API" by fantastic.jobs on RapidAPI ({@code /active-jb-7d}).
 * The answer is a bare array; {@code description_type=text} must be sent or there is no description at all.
 */
@Component
class LinkedInJobsProvider extends HttpJobProvider {

    static final String HOST = "linkedin-job-search-api.p.rapidapi.com";

    LinkedInJobsProvider(JobsProperties properties, Clock clock) {
        super(
                "linkedin",
                properties,
                "https://" + HOST,
                RapidApi.headers(properties.provider("linkedin"), HOST),
                clock);
    }

    @Override
    public @Nullable String disabledBecause() {
        return disabledWithoutKey();
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        params.put("limit", 50);
        params.put("offset", 0);
        params.put("title_filter", "\"" + query.text().replace("\"", "") + "\"");
        params.put("location_filter", query.location());
        params.put("description_type", "text");
        JsonNode body = http.get("/active-jb-7d", params).require();
        if (!body.isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body)) {
            Job job = toJob(posting);
            if (job != null) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    private @Nullable Job toJob(JsonNode posting) {
        JobBuilder job = JobBuilder.of(
                name(), Json.text(posting, "id"), Json.text(posting, "title"), Json.text(posting, "organization"));
        if (job == null) {
            return null;
        }
        List<String> locations = Json.texts(posting, "locations_derived");
        List<String> types = Json.texts(posting, "employment_type");
        job.location(locations.isEmpty() ? null : locations.getFirst())
                .logo(Json.text(posting, "organization_logo"))
                .domain(Json.text(posting, "organization_url"))
                .remote(Json.flag(posting, "remote_derived")
                        || "TELECOMMUTE".equals(Json.text(posting, "location_type")))
                .employmentType(EmploymentTypes.first(types))
                .postedAt(Dates.iso(Json.text(posting, "date_posted")))
                .salary(Salaries.of(
                        Json.number(posting, "ai_salary_minvalue"),
                        Json.number(posting, "ai_salary_maxvalue"),
                        Json.text(posting, "ai_salary_currency"),
                        Json.text(posting, "ai_salary_unittext")))
                .description(PlainText.fromText(Json.text(posting, "description_text")))
                .sourceUrl(Json.text(posting, "url"))
                .applyLink(Json.text(posting, "url"))
                .applyLink("company", Json.text(posting, "external_apply_url"));
        return job.build();
    }
}

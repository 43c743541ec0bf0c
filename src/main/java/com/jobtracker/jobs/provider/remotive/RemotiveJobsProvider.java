package com.jobtracker.jobs.provider.remotive;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.FeedBoardProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.Salaries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Remotive's public feed. Its terms: link back to the Remotive job URL and name Remotive as the source (every job
 * carries {@code source_url} and {@code source}), and fetch at most about four times a day, hence one cached feed
 * ({@code feed-ttl}, 6 h by default) filtered here; the free feed ignores search terms anyway.
 */
@Component
class RemotiveJobsProvider extends FeedBoardProvider {

    RemotiveJobsProvider(JobsProperties properties, Clock clock) {
        super("remotive", properties, "https://remotive.com", clock);
    }

    @Override
    protected List<Job> fetchFeed() {
        JsonNode body = http.get("/api/remote-jobs", Map.of("limit", 100)).require();
        if (!body.path("jobs").isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body.path("jobs"))) {
            JobBuilder job = JobBuilder.of(
                    name(), Json.text(posting, "id"), Json.text(posting, "title"), Json.text(posting, "company_name"));
            if (job == null) {
                continue;
            }
            String logo = Json.text(posting, "company_logo_url");
            jobs.add(job.location(Json.text(posting, "candidate_required_location"))
                    .remote(true)
                    .logo(logo != null ? logo : Json.text(posting, "company_logo"))
                    .employmentType(EmploymentTypes.of(Json.text(posting, "job_type")))
                    .postedAt(Dates.iso(Json.text(posting, "publication_date")))
                    .salary(Salaries.parse(Json.text(posting, "salary")))
                    .description(PlainText.fromHtml(Json.text(posting, "description")))
                    .sourceUrl(Json.text(posting, "url"))
                    .applyLink(Json.text(posting, "url"))
                    .build());
        }
        return jobs;
    }
}

package com.jobtracker.jobs.provider.remoteok;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.FeedBoardProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.Salaries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * RemoteOK's public feed. Element 0 of the array is the legal notice, not a job. Its terms: link back to the Remote
 * OK job URL and name Remote OK ({@code source_url}, {@code source}); its logo is not used for the board itself.
 */
@Component
class RemoteOkJobsProvider extends FeedBoardProvider {

    RemoteOkJobsProvider(JobsProperties properties, Clock clock) {
        super("remoteok", properties, "https://remoteok.com", clock);
    }

    @Override
    protected List<Job> fetchFeed() {
        JsonNode body = http.get("/api", Map.of()).require();
        if (!body.isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body)) {
            if (posting.has("legal")) {
                continue;
            }
            JobBuilder job = JobBuilder.of(
                    name(), Json.text(posting, "id"), Json.text(posting, "position"), Json.text(posting, "company"));
            if (job == null) {
                continue;
            }
            Instant posted = Dates.epochSeconds(Json.epoch(posting, "epoch"));
            String logo = Json.text(posting, "company_logo");
            jobs.add(job.location(Json.text(posting, "location"))
                    .remote(true)
                    .logo(logo != null ? logo : Json.text(posting, "logo"))
                    .postedAt(posted != null ? posted : Dates.iso(Json.text(posting, "date")))
                    .salary(Salaries.of(
                            Json.number(posting, "salary_min"), Json.number(posting, "salary_max"), "USD", "year"))
                    .description(PlainText.fromHtml(Json.text(posting, "description")))
                    .sourceUrl(Json.text(posting, "url"))
                    .applyLink(Json.text(posting, "apply_url"))
                    .build());
        }
        return jobs;
    }
}

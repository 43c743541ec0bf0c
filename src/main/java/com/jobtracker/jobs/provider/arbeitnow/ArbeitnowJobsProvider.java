package com.jobtracker.jobs.provider.arbeitnow;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.FeedBoardProvider;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Arbeitnow's public board (mostly German and EU jobs). Pages follow until {@code links.next} is null, up to
 * {@code max-pages}; the feed updates hourly, so it is cached. Its terms ask for a link back: {@code source_url}.
 */
@Component
class ArbeitnowJobsProvider extends FeedBoardProvider {

    ArbeitnowJobsProvider(JobsProperties properties, Clock clock) {
        super("arbeitnow", properties, "https://www.arbeitnow.com", clock);
    }

    @Override
    protected List<Job> fetchFeed() {
        List<Job> jobs = new ArrayList<>();
        for (int page = 1; page <= Math.max(1, settings.maxPages()); page++) {
            JsonNode body = http.get("/api/job-board-api", Map.of("page", page)).require();
            if (!body.path("data").isArray()) {
                throw new ProviderFailure("upstream returned invalid data");
            }
            for (JsonNode posting : Json.items(body.path("data"))) {
                JobBuilder job = JobBuilder.of(
                        name(),
                        Json.text(posting, "slug"),
                        Json.text(posting, "title"),
                        Json.text(posting, "company_name"));
                if (job != null) {
                    jobs.add(job.location(Json.text(posting, "location"))
                            .remote(Json.flag(posting, "remote"))
                            .employmentType(EmploymentTypes.first(Json.texts(posting, "job_types")))
                            .postedAt(Dates.epochSeconds(Json.epoch(posting, "created_at")))
                            .description(PlainText.fromHtml(Json.text(posting, "description")))
                            .sourceUrl(Json.text(posting, "url"))
                            .applyLink(Json.text(posting, "url"))
                            .build());
                }
            }
            if (body.path("data").isEmpty() || Json.text(body.path("links"), "next") == null) {
                break;
            }
        }
        return jobs;
    }
}

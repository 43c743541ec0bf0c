package com.jobtracker.jobs.provider.greenhouse;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Boards;
import com.jobtracker.jobs.provider.CompanyBoardsProvider;
import com.jobtracker.jobs.provider.Dates;
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
 * Greenhouse job boards of the configured companies ({@code jobtracker.providers.greenhouse.boards}). A board lists
 * all its jobs unpaginated, so whole boards are cached and filtered here. {@code content} is HTML that was
 * entity-escaped once more; {@code first_published} is the posting date ({@code updated_at} changes constantly).
 */
@Component
class GreenhouseJobsProvider extends CompanyBoardsProvider {

    GreenhouseJobsProvider(JobsProperties properties, Clock clock) {
        super(
                "greenhouse",
                properties,
                "https://boards-api.greenhouse.io",
                clock,
                "boards",
                JobsProperties.Provider::boards);
    }

    @Override
    protected List<Job> fetchBoard(String board) {
        JsonNode body = http.get("/v1/boards/" + board + "/jobs", Map.of("content", "true"))
                .require();
        if (!body.path("jobs").isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body.path("jobs"))) {
            String company = Json.text(posting, "company_name");
            JobBuilder job = JobBuilder.of(
                    name(),
                    Json.text(posting, "id"),
                    Json.text(posting, "title"),
                    company != null ? company : Boards.companyName(board));
            if (job != null) {
                String published = Json.text(posting, "first_published");
                jobs.add(job.location(Json.text(posting.path("location"), "name"))
                        .postedAt(Dates.iso(published != null ? published : Json.text(posting, "updated_at")))
                        .description(PlainText.fromEscapedHtml(Json.text(posting, "content")))
                        .sourceUrl(Json.text(posting, "absolute_url"))
                        .applyLink(Json.text(posting, "absolute_url"))
                        .build());
            }
        }
        return jobs;
    }
}

package com.jobtracker.jobs.provider.ashby;

import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.Job.Salary;
import com.jobtracker.jobs.config.JobsProperties;
import com.jobtracker.jobs.provider.Boards;
import com.jobtracker.jobs.provider.CompanyBoardsProvider;
import com.jobtracker.jobs.provider.Dates;
import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.jobs.provider.JobBuilder;
import com.jobtracker.jobs.provider.Json;
import com.jobtracker.jobs.provider.PlainText;
import com.jobtracker.jobs.provider.ProviderFailure;
import com.jobtracker.jobs.provider.ProviderHttp.Reply;
import com.jobtracker.jobs.provider.Salaries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Ashby job boards of the configured companies ({@code jobtracker.providers.ashby.boards}), with compensation. An
 * unknown board answers 404 or an empty list, depending on whom you ask; both mean no jobs from that board.
 */
@Component
class AshbyJobsProvider extends CompanyBoardsProvider {

    AshbyJobsProvider(JobsProperties properties, Clock clock) {
        super("ashby", properties, "https://api.ashbyhq.com", clock, "boards", JobsProperties.Provider::boards);
    }

    @Override
    protected List<Job> fetchBoard(String board) {
        Reply reply = http.get("/posting-api/job-board/" + board, Map.of("includeCompensation", "true"));
        if (reply.status() == 404) {
            return List.of();
        }
        JsonNode body = reply.require();
        if (!body.path("jobs").isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body.path("jobs"))) {
            JobBuilder job = JobBuilder.of(
                    name(), Json.text(posting, "id"), Json.text(posting, "title"), Boards.companyName(board));
            if (job == null || (posting.has("isListed") && !Json.flag(posting, "isListed"))) {
                continue;
            }
            String description = Json.text(posting, "descriptionPlain");
            jobs.add(job.location(Json.text(posting, "location"))
                    .remote(Json.flag(posting, "isRemote") || "Remote".equals(Json.text(posting, "workplaceType")))
                    .employmentType(EmploymentTypes.of(Json.text(posting, "employmentType")))
                    .postedAt(Dates.iso(Json.text(posting, "publishedAt")))
                    .salary(salary(posting.path("compensation")))
                    .description(
                            description != null
                                    ? PlainText.fromText(description)
                                    : PlainText.fromHtml(Json.text(posting, "descriptionHtml")))
                    .sourceUrl(Json.text(posting, "jobUrl"))
                    .applyLink(Json.text(posting, "applyUrl"))
                    .build());
        }
        return jobs;
    }

    private static @Nullable Salary salary(JsonNode compensation) {
        for (JsonNode component : Json.items(compensation.path("summaryComponents"))) {
            if ("Salary".equals(Json.text(component, "compensationType"))) {
                return Salaries.of(
                        Json.number(component, "minValue"),
                        Json.number(component, "maxValue"),
                        Json.text(component, "currencyCode"),
                        Json.text(component, "interval"));
            }
        }
        return Salaries.parse(Json.text(compensation, "scrapeableCompensationSalarySummary"));
    }
}

package com.jobtracker.jobs.provider.lever;

import com.jobtracker.jobs.Job;
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
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Lever postings of the configured companies ({@code jobtracker.providers.lever.companies}). The answer is a bare
 * array; an unknown company is a 404 with {@code {"ok":false,"error":"Document not found"}}, which costs only that
 * company. {@code createdAt} is epoch milliseconds.
 */
@Component
class LeverJobsProvider extends CompanyBoardsProvider {

    LeverJobsProvider(JobsProperties properties, Clock clock) {
        super("lever", properties, "https://api.lever.co", clock, "companies", JobsProperties.Provider::companies);
    }

    @Override
    protected List<Job> fetchBoard(String company) {
        Reply reply = http.get("/v0/postings/" + company, Map.of("mode", "json"));
        if (reply.status() == 404) {
            throw new ProviderFailure("upstream does not know the configured company (HTTP 404)");
        }
        JsonNode body = reply.require();
        if (!body.isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(body)) {
            JobBuilder job = JobBuilder.of(
                    name(), Json.text(posting, "id"), Json.text(posting, "text"), Boards.companyName(company));
            if (job == null) {
                continue;
            }
            JsonNode categories = posting.path("categories");
            JsonNode salary = posting.path("salaryRange");
            String workplace = Json.text(posting, "workplaceType");
            String description = Json.text(posting, "descriptionPlain");
            jobs.add(job.location(Json.text(categories, "location"))
                    .remote(workplace != null
                            && workplace.toLowerCase(Locale.ROOT).equals("remote"))
                    .employmentType(EmploymentTypes.of(Json.text(categories, "commitment")))
                    .postedAt(Dates.epochMillis(Json.epoch(posting, "createdAt")))
                    .salary(Salaries.of(
                            Json.number(salary, "min"),
                            Json.number(salary, "max"),
                            Json.text(salary, "currency"),
                            Json.text(salary, "interval")))
                    .description(
                            description != null
                                    ? PlainText.fromText(description)
                                    : PlainText.fromHtml(Json.text(posting, "description")))
                    .sourceUrl(Json.text(posting, "hostedUrl"))
                    .applyLink(Json.text(posting, "applyUrl"))
                    .build());
        }
        return jobs;
    }
}

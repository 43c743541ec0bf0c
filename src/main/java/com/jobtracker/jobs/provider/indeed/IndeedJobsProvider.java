package com.jobtracker.jobs.provider.indeed;

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
import com.jobtracker.jobs.provider.RapidApi;
import com.jobtracker.jobs.provider.Salaries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Postings published by Indeed, found through JSearch on RapidAPI (Indeed's own Publisher API is shut down). JSearch
 * aggregates many publishers; only postings with an Indeed apply link are kept, with that link first. Both answer
 * shapes are read: {@code /search-v2}'s {@code data: {jobs, cursor}} and {@code /search}'s {@code data: [...]}.
 */
@Component
class IndeedJobsProvider extends HttpJobProvider {

    static final String HOST = "jsearch.p.rapidapi.com";
    private static final Map<String, String> CURRENCIES = Map.of(
            "US", "USD", "GB", "GBP", "CA", "CAD", "AU", "AUD", "CH", "CHF", "IN", "INR", "DE", "EUR", "FR", "EUR",
            "NL", "EUR", "ES", "EUR");

    IndeedJobsProvider(JobsProperties properties, Clock clock) {
        super("indeed", properties, "https://" + HOST, RapidApi.headers(properties.provider("indeed"), HOST), clock);
    }

    @Override
    public @Nullable String disabledBecause() {
        return disabledWithoutKey();
    }

    @Override
    public List<Job> search(ProviderQuery query) {
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        params.put(
                "query",
                query.location() == null || query.location().isBlank()
                        ? query.text()
                        : query.text() + " in " + query.location());
        params.put("page", 1);
        params.put("num_pages", 1);
        params.put("date_posted", "all");
        Reply reply = http.get("/search-v2", params);
        if (reply.status() == 404) {
            // Some accounts are only served the classic endpoint.
            reply = http.get("/search", params);
        }
        JsonNode body = reply.require();
        if ("ERROR".equalsIgnoreCase(Json.text(body, "status"))) {
            throw new ProviderFailure("upstream reported an error");
        }
        JsonNode data = body.path("data");
        JsonNode postings = data.isArray() ? data : data.path("jobs");
        if (!postings.isArray()) {
            throw new ProviderFailure("upstream returned invalid data");
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode posting : Json.items(postings)) {
            Job job = toJob(posting);
            if (job != null) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    private @Nullable Job toJob(JsonNode posting) {
        String indeedLink = indeedLink(posting);
        if (indeedLink == null) {
            return null;
        }
        JobBuilder job = JobBuilder.of(
                name(),
                Json.text(posting, "job_id"),
                Json.text(posting, "job_title"),
                Json.text(posting, "employer_name"));
        if (job == null) {
            return null;
        }
        String country = Json.text(posting, "job_country");
        String currency = Json.text(posting, "job_salary_currency");
        if (currency == null && country != null) {
            currency = CURRENCIES.get(country.toUpperCase(Locale.ROOT));
        }
        String type = EmploymentTypes.first(Json.texts(posting, "job_employment_types"));
        String posted = Json.text(posting, "job_posted_at_datetime_utc");
        job.domain(Json.text(posting, "employer_website"))
                .logo(Json.text(posting, "employer_logo"))
                .location(location(posting))
                .remote(Json.flag(posting, "job_is_remote"))
                .employmentType(type != null ? type : EmploymentTypes.of(Json.text(posting, "job_employment_type")))
                .postedAt(
                        posted != null
                                ? Dates.iso(posted)
                                : Dates.epochSeconds(Json.epoch(posting, "job_posted_at_timestamp")))
                .salary(Salaries.of(
                        Json.number(posting, "job_min_salary"),
                        Json.number(posting, "job_max_salary"),
                        currency,
                        Json.text(posting, "job_salary_period")))
                .description(PlainText.fromText(Json.text(posting, "job_description")))
                .sourceUrl(indeedLink)
                .applyLink("Indeed", indeedLink);
        for (JsonNode option : Json.items(posting.path("apply_options"))) {
            String publisher = Json.text(option, "publisher");
            job.applyLink(publisher == null ? name() : publisher, Json.text(option, "apply_link"));
        }
        return job.build();
    }

    private static @Nullable String indeedLink(JsonNode posting) {
        if (isIndeed(Json.text(posting, "job_publisher"))) {
            return Json.text(posting, "job_apply_link");
        }
        for (JsonNode option : Json.items(posting.path("apply_options"))) {
            if (isIndeed(Json.text(option, "publisher"))) {
                return Json.text(option, "apply_link");
            }
        }
        return null;
    }

    private static boolean isIndeed(@Nullable String publisher) {
        return publisher != null && publisher.toLowerCase(Locale.ROOT).contains("indeed");
    }

    private static @Nullable String location(JsonNode posting) {
        String location = Json.text(posting, "job_location");
        if (location != null) {
            return location;
        }
        String city = Json.text(posting, "job_city");
        String country = Json.text(posting, "job_country");
        return city == null ? country : country == null ? city : city + ", " + country;
    }
}

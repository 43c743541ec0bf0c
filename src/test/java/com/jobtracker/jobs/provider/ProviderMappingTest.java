package com.jobtracker.jobs.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.jobtracker.testing.ProviderStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.jobtracker.jobs.Job;
import com.jobtracker.jobs.Job.ApplyLink;
import com.jobtracker.jobs.Job.Salary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each adapter against its provider's real answer format (PROVIDERS.md), mapped to the normalised Job. */
class ProviderMappingTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private List<Job> search(String provider, String query) {
        return Adapters.create(provider, stub.baseUrl()).search(new ProviderQuery(query, null));
    }

    private void serve(String provider, String fixture) {
        stub.stubFor(get(urlPathEqualTo(Adapters.path(provider))).willReturn(okJson(fixture(fixture))));
    }

    @Test
    void mapsSerpApiGoogleJobsAndSendsTheKeyAsQueryParameter() {
        serve("google", "google.json");

        List<Job> jobs = Adapters.create("google", stub.baseUrl())
                .search(new ProviderQuery("java developer", "Berlin, Germany"));

        assertThat(jobs).hasSize(2);
        Job zalando = jobs.getFirst();
        assertThat(zalando.id())
                .startsWith("google:eyJqb2JfdGl0bGUi")
                .doesNotContain("=")
                .matches(JobIds.VALID);
        assertThat(zalando.title()).isEqualTo("Senior Java Developer (m/w/d)");
        assertThat(zalando.companyName()).isEqualTo("Zalando SE");
        assertThat(zalando.location()).isEqualTo("Berlin, Germany");
        assertThat(zalando.employmentType()).isEqualTo("full_time");
        assertThat(zalando.postedAt()).isEqualTo(Instant.parse("2025-11-24T12:00:00Z"));
        assertThat(zalando.applyLinks()).extracting(ApplyLink::source).containsExactly("LinkedIn", "Zalando Jobs");
        assertThat(zalando.applyUrl()).startsWith("https://de.linkedin.com/jobs/view/");
        assertThat(zalando.sourceUrl()).startsWith("https://www.google.com/search?ibp=htl;jobs");
        assertThat(zalando.companyLogoUrl()).startsWith("https://serpapi.com/searches/");
        Job n26 = jobs.get(1);
        assertThat(n26.isRemote()).isTrue();
        assertThat(n26.salary()).isEqualTo(new Salary(65000.0, 85000.0, "EUR", "year"));
        stub.verify(getRequestedFor(urlPathEqualTo("/google/search.json"))
                .withQueryParam("engine", equalTo("google_jobs"))
                .withQueryParam("q", equalTo("java developer"))
                .withQueryParam("location", equalTo("Berlin, Germany"))
                .withQueryParam("api_key", equalTo("test-serpapi-key"))
                .withQueryParam("start", absent()));
    }

    @Test
    void pagesGoogleJobsByNextPageTokenNeverByStart() {
        stub.stubFor(get(urlPathEqualTo("/google/search.json"))
                .withQueryParam("next_page_token", absent())
                .willReturn(okJson(fixture("google.json"))));
        String secondPage = fixture("google.json")
                .replace("\"serpapi_pagination\"", "\"unused_pagination\"")
                .replace("eyJqb2JfdGl0bGUiOiJTZW5pb3", "eyJwYWdlIjoyLCJqb2JfdGl0bGUiOiJTZW5pb3");
        stub.stubFor(get(urlPathEqualTo("/google/search.json"))
                .withQueryParam("next_page_token", WireMock.matching("eyJmYyI6.*"))
                .willReturn(okJson(secondPage)));

        List<Job> jobs = Adapters.create(
                        "google",
                        stub.baseUrl(),
                        Duration.ofSeconds(3),
                        Map.of("jobtracker.providers.google.max-pages", "3"))
                .search(new ProviderQuery("java developer", null));

        assertThat(jobs).hasSize(4);
        stub.verify(2, getRequestedFor(urlPathEqualTo("/google/search.json")));
        stub.verify(
                0,
                getRequestedFor(urlPathEqualTo("/google/search.json"))
                        .withQueryParam("start", WireMock.matching(".*")));
    }

    @Test
    void treatsSerpApiNoResultsErrorAsEmptyButOtherErrorsAsFailures() {
        stub.stubFor(get(urlPathEqualTo("/google/search.json"))
                .withQueryParam("q", equalTo("nothing"))
                .willReturn(okJson("{\"search_metadata\":{\"status\":\"Success\"},\"search_parameters\":{},"
                        + "\"search_information\":{\"jobs_results_state\":\"Fully empty\"},"
                        + "\"error\":\"Google hasn't returned any results for this query.\"}")));
        stub.stubFor(get(urlPathEqualTo("/google/search.json"))
                .withQueryParam("q", equalTo("broken"))
                .willReturn(okJson("{\"search_metadata\":{\"status\":\"Error\"},\"error\":\"Something odd.\"}")));

        assertThat(search("google", "nothing")).isEmpty();
        assertThatThrownBy(() -> search("google", "broken"))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("upstream reported an error");
    }

    @Test
    void mapsFantasticJobsLinkedInAndSendsRapidApiHeaders() {
        serve("linkedin", "linkedin.json");

        List<Job> jobs = search("linkedin", "java");

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("linkedin:1872893685");
            assertThat(job.companyName()).isEqualTo("Delivery Hero");
            assertThat(job.companyLogoUrl()).startsWith("https://media.licdn.com/");
            assertThat(job.companyDomain()).isNull();
            assertThat(job.location()).isEqualTo("Berlin, Berlin, Germany");
            assertThat(job.employmentType()).isEqualTo("full_time");
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-11-26T14:03:12Z"));
            assertThat(job.description()).startsWith("About the role");
            assertThat(job.applyLinks())
                    .extracting(ApplyLink::url)
                    .containsExactly(
                            "https://de.linkedin.com/jobs/view/backend-engineer-java-kotlin-at-delivery-hero-4012345678",
                            "https://careers.deliveryhero.com/global/en/job/12345");
        });
        stub.verify(getRequestedFor(urlPathEqualTo("/linkedin/active-jb-7d"))
                .withHeader("X-RapidAPI-Key", equalTo("test-rapidapi-key"))
                .withHeader("X-RapidAPI-Host", equalTo("linkedin-job-search-api.p.rapidapi.com"))
                .withQueryParam("description_type", equalTo("text"))
                .withQueryParam("title_filter", equalTo("\"java\"")));
    }

    @Test
    void keepsOnlyIndeedPublishedPostingsFromJSearchV2() {
        serve("indeed", "jsearch-v2.json");

        List<Job> jobs = search("indeed", "java developer");

        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("indeed:Xk3pQ9indeedAAAA");
            assertThat(job.companyName()).isEqualTo("Acme Logistics");
            assertThat(job.companyDomain()).isEqualTo("acme-logistics.com");
            assertThat(job.isRemote()).isTrue();
            assertThat(job.employmentType()).isEqualTo("full_time");
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-11-26T09:30:00Z"));
            assertThat(job.salary()).isEqualTo(new Salary(110000.0, 140000.0, "USD", "year"));
            assertThat(job.applyUrl()).startsWith("https://www.indeed.com/viewjob?jk=");
            assertThat(job.applyLinks()).extracting(ApplyLink::source).containsExactly("Indeed", "Acme Careers");
        });
    }

    @Test
    void fallsBackToTheClassicJSearchEndpointAndItsArrayEnvelope() {
        stub.stubFor(get(urlPathEqualTo("/indeed/search-v2"))
                .willReturn(WireMock.notFound().withBody("{\"message\":\"Endpoint '/search-v2' does not exist\"}")));
        stub.stubFor(get(urlPathEqualTo("/indeed/search")).willReturn(okJson(fixture("jsearch-v1.json"))));

        assertThat(search("indeed", "java")).extracting(Job::id).containsExactly("indeed:Xk3pQ9indeedAAAA");
    }

    @Test
    void mapsGreenhouseBoardAndUnescapesItsHtml() {
        serve("greenhouse", "greenhouse.json");

        assertThat(search("greenhouse", "backend")).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("greenhouse:4012345005");
            assertThat(job.companyName()).isEqualTo("ExampleCo");
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-10-02T15:02:10Z"));
            assertThat(job.description())
                    .isEqualTo("About the role\nYou will build our payments platform...")
                    .doesNotContain("<", "&lt;");
            assertThat(job.applyUrl()).isEqualTo("https://boards.greenhouse.io/exampleco/jobs/4012345005");
        });
        assertThat(search("greenhouse", "designer")).isEmpty();
    }

    @Test
    void mapsLeverPostingsAndReportsAnUnknownCompany() {
        serve("lever", "lever.json");

        assertThat(search("lever", "platform")).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("lever:5ac21346-8e0c-4494-8e7a-3eb92ff77902");
            assertThat(job.companyName()).isEqualTo("Leverdemo");
            assertThat(job.postedAt()).isEqualTo(Instant.ofEpochMilli(1732543210123L));
            assertThat(job.employmentType()).isEqualTo("full_time");
            assertThat(job.salary()).isEqualTo(new Salary(75000.0, 95000.0, "EUR", "year"));
            assertThat(job.applyUrl()).endsWith("/apply");
            assertThat(job.sourceUrl())
                    .isEqualTo("https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902");
        });

        stub.stubFor(get(urlPathEqualTo(Adapters.path("lever")))
                .willReturn(WireMock.notFound().withBody("{\"ok\":false,\"error\":\"Document not found\"}")));
        assertThatThrownBy(() -> search("lever", "platform"))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("404");
    }

    @Test
    void mapsAshbyCompensationAndTreatsAnUnknownBoardAsEmpty() {
        serve("ashby", "ashby.json");

        assertThat(search("ashby", "backend")).singleElement().satisfies(job -> {
            assertThat(job.isRemote()).isTrue();
            assertThat(job.employmentType()).isEqualTo("full_time");
            assertThat(job.salary()).isEqualTo(new Salary(70000.0, 90000.0, "EUR", "year"));
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-11-20T14:03:27.123Z"));
            assertThat(job.applyUrl()).endsWith("/application");
        });

        stub.stubFor(get(urlPathEqualTo(Adapters.path("ashby"))).willReturn(WireMock.notFound()));
        assertThat(search("ashby", "backend")).isEmpty();
    }

    @Test
    void mapsRemotiveWithItsBacklinkAndZonelessDates() {
        serve("remotive", "remotive.json");

        assertThat(search("remotive", "java")).singleElement().satisfies(job -> {
            assertThat(job.source()).isEqualTo("remotive");
            assertThat(job.sourceUrl())
                    .isEqualTo("https://remotive.com/remote-jobs/software-dev/senior-java-engineer-1987654");
            assertThat(job.isRemote()).isTrue();
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-11-24T10:23:26Z"));
            assertThat(job.salary()).isEqualTo(new Salary(70000.0, 90000.0, "EUR", "year"));
            assertThat(job.companyLogoUrl()).isEqualTo("https://remotive.com/job/1987654/logo");
        });
    }

    @Test
    void cachesTheRemotiveFeedSoItIsFetchedRarely() {
        serve("remotive", "remotive.json");
        JobProvider remotive = Adapters.create(
                "remotive",
                stub.baseUrl(),
                Duration.ofSeconds(3),
                Map.of("jobtracker.providers.remotive.feed-ttl", "6h"));

        remotive.search(new ProviderQuery("java", null));
        remotive.search(new ProviderQuery("kotlin", null));
        remotive.search(new ProviderQuery("engineer", "Europe"));

        stub.verify(1, getRequestedFor(urlPathEqualTo("/remotive/api/remote-jobs")));
    }

    @Test
    void mapsArbeitnowEpochSecondsAndJobTypes() {
        serve("arbeitnow", "arbeitnow.json");

        assertThat(search("arbeitnow", "java")).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("arbeitnow:senior-java-developer-berlin-123456");
            assertThat(job.postedAt()).isEqualTo(Instant.ofEpochSecond(1732540800));
            assertThat(job.employmentType()).isEqualTo("full_time");
            assertThat(job.isRemote()).isFalse();
            assertThat(job.description()).isEqualTo("Wir suchen...");
            assertThat(job.sourceUrl()).startsWith("https://www.arbeitnow.com/jobs/");
        });
    }

    @Test
    void skipsRemoteOkLegalNoticeElement() {
        serve("remoteok", "remoteok.json");

        assertThat(search("remoteok", "")).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("remoteok:1098765");
            assertThat(job.title()).isEqualTo("Senior Java Engineer");
            assertThat(job.postedAt()).isEqualTo(Instant.ofEpochSecond(1764150000));
            assertThat(job.salary()).isEqualTo(new Salary(80000.0, 120000.0, "USD", "year"));
            assertThat(job.sourceUrl()).startsWith("https://remoteOK.com/remote-jobs/");
        });
    }

    @Test
    void mapsTheMuseAndReadsItsForbiddenAsRateLimit() {
        serve("themuse", "themuse.json");

        assertThat(search("themuse", "backend")).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo("themuse:14876543");
            assertThat(job.companyName()).isEqualTo("ExampleCo");
            assertThat(job.location()).isEqualTo("Berlin, Germany; Flexible / Remote");
            assertThat(job.isRemote()).isTrue();
            assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-11-25T21:11:37Z"));
        });

        stub.stubFor(get(urlPathEqualTo(Adapters.path("themuse")))
                .willReturn(WireMock.forbidden().withBody("{\"code\":403,\"error\":\"Rate limit exceeded\"}")));
        assertThatThrownBy(() -> search("themuse", "backend"))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("rate limit");
    }
}

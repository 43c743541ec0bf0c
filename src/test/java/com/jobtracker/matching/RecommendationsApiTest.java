package com.jobtracker.matching;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.resumes.Documents;
import com.jobtracker.resumes.Multipart;
import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import com.jobtracker.testing.ProviderStubs;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recommendations and scored search over WireMock job providers serving PROVIDERS.md formats. */
class RecommendationsApiTest extends ApiTest {

    private String token;

    /**
     * Google (SerpApi) answers with two postings: the fixture's Java role and a pastry chef. A token unique to the
     * test goes into the titles so the shared one-hour search cache never answers with another test's jobs.
     */
    @BeforeEach
    void stubs() {
        token = "zr" + UUID.randomUUID().toString().substring(0, 8);
        String google = ProviderStubs.fixture("google.json")
                .replace("\"title\": \"Java Backend Engineer\"", "\"title\": \"" + token + " Pastry Chef\"")
                .replace("\"company_name\": \"N26\"", "\"company_name\": \"Le Croissant\"")
                .replace(
                        "N26 is building the bank the world loves to use...",
                        "Bake bread, croissants and pastries every morning. Food hygiene certificate required.")
                .replace(
                        "\"title\": \"Senior Java Developer (m/w/d)\"",
                        "\"title\": \"" + token + " Senior Java Developer\"");
        ProviderStubs.wireMock()
                .stubFor(get(urlPathEqualTo("/google/search.json")).willReturn(okJson(google)));
    }

    private Session withResume() {
        Session ada = signUp();
        Multipart body = Multipart.file("file", "ada.pdf", "application/pdf", Documents.pdf(JobMatcherTest.RESUME));
        assertThat(api.post("/api/v1/resume/upload")
                        .bearer(ada.accessToken())
                        .bytes(body.contentType(), body.body())
                        .send()
                        .status())
                .isEqualTo(201);
        return ada;
    }

    private HttpApi.Response recommendations(Session session, String params) {
        return api.get("/api/v1/jobs/recommendations/semantic?" + params)
                .bearer(session.accessToken())
                .send();
    }

    private static List<JsonNode> items(HttpApi.Response response) {
        return response.json().path("items").valueStream().toList();
    }

    @Test
    void ranksJobsByMatchScoreWithReasons() {
        Session ada = withResume();
        HttpApi.Response response = recommendations(ada, "query=" + token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = items(response);
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.getFirst().path("title").asString()).contains("Senior Java Developer");
        List<Integer> scores =
                items.stream().map(item -> item.path("match_score").asInt()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(scores).allSatisfy(score -> assertThat(score).isBetween(0, 100));
        assertThat(items.getFirst().path("match_reasons").valueStream().map(JsonNode::asString))
                .anySatisfy(reason -> assertThat(reason).contains("Java"));
        assertThat(response.json().path("query").asString()).isEqualTo(token);
        assertThat(response.json().path("sources").isArray()).isTrue();
        assertThat(response.header("RateLimit-Policy")).isNotNull();
    }

    @Test
    void searchesForTheMostRecentTitleWhenNoQueryIsGiven() {
        Session ada = withResume();
        HttpApi.Response response = recommendations(ada, "limit=5");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("query").asString()).isEqualTo("Senior Software Engineer");
        assertThat(response.json().path("limit").asInt()).isEqualTo(5);
    }

    @Test
    void asksForAResumeFirst() {
        HttpApi.Response response = recommendations(signUp(), "query=" + token);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("Upload");
    }

    @Test
    void rejectsALimitOver100() {
        HttpApi.Response response = recommendations(withResume(), "limit=101");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("limit");
    }

    @Test
    void requiresSignIn() {
        assertThat(api.get("/api/v1/jobs/recommendations/semantic").send().status())
                .isEqualTo(401);
    }

    @Test
    void scoresAggregateSearchResultsOnlyForPeopleWithAResume() {
        Session ada = withResume();
        HttpApi.Response scored = api.get("/api/v1/jobs/external/aggregate?query=" + token)
                .bearer(ada.accessToken())
                .send();
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        assertThat(items(scored))
                .allSatisfy(item -> assertThat(item.has("match_score")).isTrue());
        assertThat(items(scored).getFirst().path("title").asString()).contains("Senior Java Developer");

        HttpApi.Response unscored = api.get("/api/v1/jobs/external/aggregate?query=" + token)
                .bearer(signUp().accessToken())
                .send();
        assertThat(items(unscored))
                .allSatisfy(item -> assertThat(item.has("match_score")).isFalse());
    }
}

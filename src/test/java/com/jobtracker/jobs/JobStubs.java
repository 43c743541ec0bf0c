package com.jobtracker.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.jobtracker.testing.ProviderStubs;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shared WireMock server as the providers of the end-to-end tests (the web client's tests use it too). */
public final class JobStubs {

    static final Map<String, String> PATHS = Map.of(
            "google", "/google/search.json",
            "linkedin", "/linkedin/active-jb-7d",
            "indeed", "/indeed/search-v2",
            "greenhouse", "/greenhouse/v1/boards/exampleco/jobs",
            "lever", "/lever/v0/postings/leverdemo",
            "ashby", "/ashby/posting-api/job-board/exampleco",
            "remotive", "/remotive/api/remote-jobs",
            "arbeitnow", "/arbeitnow/api/job-board-api",
            "remoteok", "/remoteok/api",
            "themuse", "/themuse/api/public/jobs");

    static final Map<String, String> EMPTY = Map.of(
            "google",
            "{\"search_metadata\":{\"status\":\"Success\"},\"search_information\":{\"jobs_results_state\":\"Fully empty\"},"
                    + "\"error\":\"Google hasn't returned any results for this query.\"}",
            "linkedin",
            "[]",
            "indeed",
            "{\"status\":\"OK\",\"data\":{\"jobs\":[],\"cursor\":null}}",
            "greenhouse",
            "{\"jobs\":[],\"meta\":{\"total\":0}}",
            "lever",
            "[]",
            "ashby",
            "{\"apiVersion\":\"1\",\"jobs\":[]}",
            "remotive",
            "{\"0-legal-notice\":\"Legal warning\",\"job-count\":0,\"jobs\":[]}",
            "arbeitnow",
            "{\"data\":[],\"links\":{\"next\":null},\"meta\":{}}",
            "remoteok",
            "[{\"last_updated\":1764201600,\"legal\":\"API Terms of Service\"}]",
            "themuse",
            "{\"page\":0,\"page_count\":0,\"results\":[]}");

    private JobStubs() {}

    static WireMockServer server() {
        return ProviderStubs.wireMock();
    }

    /** Every provider answers "nothing found", so a test only stubs what it is about. */
    public static void reset() {
        server().resetAll();
        EMPTY.forEach((provider, body) -> answer(provider, okJson(body)));
    }

    static void answer(String provider, ResponseDefinitionBuilder response) {
        server().stubFor(get(urlPathEqualTo(PATHS.get(provider))).willReturn(response));
    }

    public static void serve(String provider, String body, int delayMillis) {
        answer(provider, okJson(body).withFixedDelay(delayMillis));
    }

    /**
     * Remotive's feed (its real format) with postings {@code ids}: titled "{word} Engineer {id}" at "Company {id}",
     * so a search for {@code word} finds exactly them.
     */
    public static void remotiveServes(String word, int... ids) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode feed = (ObjectNode) json.readTree(ProviderStubs.fixture("remotive.json"));
        ObjectNode template = (ObjectNode) feed.path("jobs").get(0);
        ArrayNode jobs = json.createArrayNode();
        for (int id : ids) {
            ObjectNode job = template.deepCopy();
            job.put("id", id);
            job.put("title", word + " Engineer " + id);
            job.put("company_name", "Company " + id);
            job.put("url", "https://remotive.com/remote-jobs/software-dev/" + word + "-" + id);
            jobs.add(job);
        }
        feed.set("jobs", jobs);
        feed.put("job-count", ids.length);
        serve("remotive", json.writeValueAsString(feed), 0);
    }

    static void fail(String provider) {
        answer(provider, aResponse().withStatus(500).withBody("{\"error\":\"Internal error\"}"));
    }

    static int calls(String provider) {
        return server().countRequestsMatching(
                        getRequestedFor(urlPathEqualTo(PATHS.get(provider))).build())
                .getCount();
    }
}

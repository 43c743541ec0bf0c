package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SavedSearchesTest extends ApiTest {

    static final String BASE = "/api/v1/jobs/searches";

    private Session user;

    @BeforeEach
    void setUp() {
        JobStubs.reset();
        user = signUp();
    }

    static Map<String, Object> search(String query) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        return body;
    }

    private HttpApi.Response create(Session session, Map<String, Object> body) {
        return api.post(BASE).bearer(session.accessToken()).json(body).send();
    }

    private static List<String> fields(HttpApi.Response response) {
        return response.json()
                .path("errors")
                .valueStream()
                .map(error -> error.path("field").asString())
                .toList();
    }

    @Test
    void createsReadsListsReplacesAndDeletesASavedSearch() {
        Map<String, Object> body = search("  Java Engineer ");
        body.put("location", "Berlin");
        body.put("remote", true);
        body.put("employment_type", "full_time");
        body.put("posted_within_days", 7);

        HttpApi.Response created = create(user, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo(BASE + "/" + id);
        JsonNode json = created.json();
        assertThat(json.path("name").asString()).isEqualTo("Java Engineer");
        assertThat(json.path("query").asString()).isEqualTo("Java Engineer");
        assertThat(json.path("location").asString()).isEqualTo("Berlin");
        assertThat(json.path("remote").asBoolean()).isTrue();
        assertThat(json.path("employment_type").asString()).isEqualTo("full_time");
        assertThat(json.path("posted_within_days").asInt()).isEqualTo(7);
        assertThat(json.path("email_alerts").asBoolean()).isFalse();
        assertThat(json.path("new_count").asInt()).isZero();
        assertThat(json.path("created_at").asString()).endsWith("Z");

        HttpApi.Response read =
                api.get(BASE + "/" + id).bearer(user.accessToken()).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("query")).isEqualTo("Java Engineer");

        HttpApi.Response replaced = api.put(BASE + "/" + id)
                .bearer(user.accessToken())
                .json(Map.of("name", "Kotlin jobs", "query", "Kotlin", "email_alerts", true))
                .send();
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.text("name")).isEqualTo("Kotlin jobs");
        assertThat(replaced.json().path("email_alerts").asBoolean()).isTrue();
        assertThat(replaced.json().has("location"))
                .as("fields left out are cleared")
                .isFalse();

        create(user, search("Second"));
        HttpApi.Response list =
                api.get(BASE + "?limit=1").bearer(user.accessToken()).send();
        assertThat(list.json().path("total").asInt()).isEqualTo(2);
        assertThat(list.json().path("has_more").asBoolean()).isTrue();
        assertThat(list.json().path("items").get(0).path("query").asString()).isEqualTo("Second");

        HttpApi.Response deleted =
                api.delete(BASE + "/" + id).bearer(user.accessToken()).send();
        assertThat(deleted.status()).isEqualTo(204);
        HttpApi.Response gone =
                api.get(BASE + "/" + id).bearer(user.accessToken()).send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(gone.text("type")).isEqualTo("https://jobtracker.dev/problems/saved-search-not-found");
    }

    @Test
    void rejectsInvalidSearchesWithEveryBrokenField() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", "   ");
        body.put("name", "x".repeat(101));
        body.put("location", "Berlin\r\nBcc: someone@example.com");
        body.put("employment_type", "gig");
        body.put("posted_within_days", 0);

        HttpApi.Response response = create(user, body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.text("type")).isEqualTo("https://jobtracker.dev/problems/validation");
        assertThat(fields(response))
                .containsExactlyInAnyOrder("query", "name", "location", "employment_type", "posted_within_days");
        assertThat(create(user, Map.of("query", "q".repeat(201))).status()).isEqualTo(422);
        assertThat(create(user, Map.of()).status()).isEqualTo(422);
        assertThat(api.get(BASE)
                        .bearer(user.accessToken())
                        .send()
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void rejectsMalformedRequests() {
        String id = create(user, search("Rust")).text("id");

        HttpApi.Response badJson = api.post(BASE)
                .bearer(user.accessToken())
                .raw("application/json", "{\"query\": ")
                .send();
        HttpApi.Response badType = api.post(BASE)
                .bearer(user.accessToken())
                .json(Map.of("query", "Rust", "remote", "sometimes"))
                .send();
        HttpApi.Response wrongMedia = api.post(BASE)
                .bearer(user.accessToken())
                .raw("text/plain", "Rust")
                .send();
        HttpApi.Response badId =
                api.get(BASE + "/not-a-uuid").bearer(user.accessToken()).send();
        HttpApi.Response badLimit =
                api.get(BASE + "?limit=101").bearer(user.accessToken()).send();
        HttpApi.Response badNewPage = api.get(BASE + "/" + id + "/new?page=-1")
                .bearer(user.accessToken())
                .send();
        HttpApi.Response badUpTo = api.post(BASE + "/" + id + "/new/seen?up_to=yesterday")
                .bearer(user.accessToken())
                .send();
        HttpApi.Response badReplace = api.put(BASE + "/" + id)
                .bearer(user.accessToken())
                .json(Map.of("query", "Rust", "posted_within_days", 400))
                .send();

        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(wrongMedia.status()).isEqualTo(415);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(fields(badId)).containsExactly("id");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badNewPage.status()).isEqualTo(400);
        assertThat(badUpTo.status()).isEqualTo(400);
        assertThat(fields(badUpTo)).containsExactly("up_to");
        assertThat(badReplace.status()).isEqualTo(422);
        assertThat(fields(badReplace)).containsExactly("posted_within_days");
    }

    @Test
    void refusesTheTwentyFirstSearch() {
        for (int i = 0; i < 20; i++) {
            assertThat(create(user, search("Query " + i)).status()).isEqualTo(201);
        }

        HttpApi.Response refused = create(user, search("One too many"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("https://jobtracker.dev/problems/saved-search-limit");
        assertThat(create(signUp(), search("Someone else's first")).status()).isEqualTo(201);
    }

    /** The id-taking endpoints of saved searches, as an intruder calls them with the owner's id. */
    private Map<String, BiFunction<String, String, HttpApi.Response>> idTakingEndpoints() {
        Map<String, BiFunction<String, String, HttpApi.Response>> walk = new LinkedHashMap<>();
        walk.put(
                "GET " + BASE + "/{id}",
                (token, id) -> api.get(BASE + "/" + id).bearer(token).send());
        walk.put(
                "PUT " + BASE + "/{id}",
                (token, id) -> api.put(BASE + "/" + id)
                        .bearer(token)
                        .json(search("Taken over"))
                        .send());
        walk.put(
                "DELETE " + BASE + "/{id}",
                (token, id) -> api.delete(BASE + "/" + id).bearer(token).send());
        walk.put(
                "GET " + BASE + "/{id}/new",
                (token, id) -> api.get(BASE + "/" + id + "/new").bearer(token).send());
        walk.put(
                "POST " + BASE + "/{id}/new/seen",
                (token, id) ->
                        api.post(BASE + "/" + id + "/new/seen").bearer(token).send());
        return walk;
    }

    @Test
    void anotherUsersSearchIsNotFoundOnEveryIdTakingEndpoint() {
        Session intruder = signUp();
        String id = create(user, search("Mine")).text("id");
        String unknown = UUID.randomUUID().toString();

        idTakingEndpoints().forEach((endpoint, call) -> {
            HttpApi.Response theirs = call.apply(intruder.accessToken(), id);
            HttpApi.Response missing = call.apply(intruder.accessToken(), unknown);
            assertThat(theirs.status()).as(endpoint + " → " + theirs).isEqualTo(404);
            assertThat(theirs.text("type"))
                    .as(endpoint)
                    .isEqualTo("https://jobtracker.dev/problems/saved-search-not-found");
            assertThat(missing.status()).as(endpoint).isEqualTo(404);
            assertThat(theirs.text("detail"))
                    .as(endpoint + ": same as a missing one")
                    .isEqualTo(missing.text("detail"));
        });

        HttpApi.Response untouched =
                api.get(BASE + "/" + id).bearer(user.accessToken()).send();
        assertThat(untouched.status()).isEqualTo(200);
        assertThat(untouched.text("query")).isEqualTo("Mine");
        assertThat(api.get(BASE)
                        .bearer(intruder.accessToken())
                        .send()
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void requiresAnAccessToken() {
        String id = UUID.randomUUID().toString();

        assertThat(api.post(BASE).json(search("x")).send().status()).isEqualTo(401);
        assertThat(api.get(BASE).send().status()).isEqualTo(401);
        assertThat(api.get(BASE + "/" + id).send().status()).isEqualTo(401);
        assertThat(api.put(BASE + "/" + id).json(search("x")).send().status()).isEqualTo(401);
        assertThat(api.delete(BASE + "/" + id).send().status()).isEqualTo(401);
        assertThat(api.get(BASE + "/" + id + "/new").send().status()).isEqualTo(401);
        assertThat(api.post(BASE + "/" + id + "/new/seen").send().status()).isEqualTo(401);
    }
}

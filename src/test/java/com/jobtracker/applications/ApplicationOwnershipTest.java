package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Another user's application must be indistinguishable from a missing one on every endpoint that takes an id.
 * {@link com.jobtracker.IdTakingEndpointsTest} fails when an id-taking endpoint appears that no such test walks.
 */
class ApplicationOwnershipTest extends ApiTest {

    /** How the intruder calls each id-taking endpoint with the victim's id. */
    static Map<String, BiFunction<String, String, HttpApi.Response>> walk(HttpApi api) {
        Map<String, BiFunction<String, String, HttpApi.Response>> walk = new LinkedHashMap<>();
        String path = "/api/v1/applications/";
        walk.put(
                "GET /api/v1/applications/{id}",
                (token, id) -> api.get(path + id).bearer(token).send());
        walk.put(
                "PUT /api/v1/applications/{id}",
                (token, id) -> api.put(path + id)
                        .bearer(token)
                        .json(ApplicationsApiTest.stripe())
                        .send());
        walk.put(
                "PATCH /api/v1/applications/{id}",
                (token, id) -> api.call("PATCH", path + id)
                        .bearer(token)
                        .json(Map.of("status", "rejected"))
                        .send());
        walk.put(
                "DELETE /api/v1/applications/{id}",
                (token, id) -> api.delete(path + id).bearer(token).send());
        return walk;
    }

    @Test
    void anotherUsersApplicationIsNotFoundOnEveryIdTakingEndpoint() {
        Session victim = signUp();
        Session intruder = signUp();
        HttpApi.Response created = api.post("/api/v1/applications")
                .bearer(victim.accessToken())
                .json(ApplicationsApiTest.stripe())
                .send();
        String id = created.text("id");

        walk(api).forEach((endpoint, call) -> {
            HttpApi.Response response = call.apply(intruder.accessToken(), id);
            assertThat(response.status()).as(endpoint + " → " + response).isEqualTo(404);
            assertThat(response.text("type"))
                    .as(endpoint)
                    .isEqualTo("https://jobtracker.dev/problems/application-not-found");
        });

        JsonNode untouched = api.get("/api/v1/applications/" + id)
                .bearer(victim.accessToken())
                .send()
                .json();
        assertThat(untouched.path("version").asInt()).isEqualTo(1);
        assertThat(untouched.path("status").asString()).isEqualTo("applied");
    }
}

package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Another user's application must be indistinguishable from a missing one on every endpoint that takes an id. The
 * walk below is keyed by "METHOD pattern"; {@link #everyIdTakingEndpointOfTheseModulesIsWalked} fails as soon as
 * someone adds an id-taking endpoint to the applications or analytics module without adding it here.
 */
class ApplicationOwnershipTest extends ApiTest {

    private static final Set<String> MODULES = Set.of("com.jobtracker.applications", "com.jobtracker.analytics");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** How the intruder calls each id-taking endpoint with the victim's id. */
    private Map<String, BiFunction<String, String, HttpApi.Response>> walk() {
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

        walk().forEach((endpoint, call) -> {
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

    @Test
    void everyIdTakingEndpointOfTheseModulesIsWalked() {
        Set<String> idTaking = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            String module = entry.getValue().getBeanType().getPackageName();
            if (MODULES.stream().noneMatch(module::startsWith)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && pattern.contains("{")) {
                    entry.getKey()
                            .getMethodsCondition()
                            .getMethods()
                            .forEach(method -> idTaking.add(method + " " + pattern));
                }
            }
        }

        assertThat(idTaking).as("id-taking endpoints found").isNotEmpty();
        assertThat(walk().keySet()).containsAll(idTaking);
    }
}

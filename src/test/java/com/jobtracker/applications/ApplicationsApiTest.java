package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationsApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Map<String, Object> stripe() {
        Map<String, Object> body = new HashMap<>();
        body.put("company_name", "Stripe");
        body.put("role_title", "Backend Engineer");
        body.put("applied_date", "2026-11-02");
        body.put("source", "linkedin");
        body.put("job_url", "https://stripe.com/jobs/1");
        body.put("location", "Berlin");
        body.put("notes", "Referred by Grace");
        body.put("job_id", "google:abc");
        body.put("next_action_date", "2026-11-30");
        return body;
    }

    private HttpApi.Response create(Session session, Map<String, Object> body) {
        HttpApi.Response response = api.post("/api/v1/applications")
                .bearer(session.accessToken())
                .json(body)
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    @Test
    void createsAnApplicationWithDefaultsLocationAndHistory() {
        Session ada = signUp();
        Map<String, Object> body =
                Map.of("company_name", "  Stripe ", "role_title", "Backend Engineer", "applied_date", "2026-11-02");

        HttpApi.Response response = create(ada, body);

        JsonNode json = response.json();
        String id = json.path("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/v1/applications/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(json.path("company_name").asString()).isEqualTo("Stripe");
        assertThat(json.path("status").asString()).isEqualTo("applied");
        assertThat(json.path("source").asString()).isEqualTo("other");
        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.has("job_id")).as("optional fields are sent as null").isTrue();
        assertThat(json.path("job_id").isNull()).isTrue();
        assertThat(json.path("status_history")).hasSize(1);
        assertThat(json.path("status_history").get(0).path("status").asString()).isEqualTo("applied");
    }

    @Test
    void storesAndReturnsEveryField() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response read =
                api.get("/api/v1/applications/" + id).bearer(ada.accessToken()).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        stripe().forEach((field, value) ->
                assertThat(read.json().path(field).asString()).as(field).isEqualTo(value));
    }

    @Test
    void ignoresIdOwnerVersionAndTimestampsInTheBody() {
        Session ada = signUp();
        Session bob = signUp();
        Map<String, Object> body = stripe();
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("user_id", bob.userId());
        body.put("version", 99);
        body.put("created_at", "2001-01-01T00:00:00Z");

        JsonNode created = create(ada, body).json();

        assertThat(created.path("id").asString()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(created.path("created_at").asString()).doesNotStartWith("2001");
        assertThat(api.get("/api/v1/applications/" + created.path("id").asString())
                        .bearer(bob.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rejectsMissingAndInvalidFieldsWithEveryFieldError() {
        Session ada = signUp();
        Map<String, Object> body = new HashMap<>();
        body.put("role_title", "x".repeat(256));
        body.put("status", "hired");
        body.put("source", "monster");
        body.put("applied_date", "02/11/2026");
        body.put("next_action_date", "2026-02-30");
        body.put("job_url", "javascript:alert(1)");
        body.put("notes", "n".repeat(10_001));

        HttpApi.Response response = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(body)
                .send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("https://jobtracker.dev/problems/validation");
        assertThat(fieldsOf(response))
                .containsExactlyInAnyOrder(
                        "company_name",
                        "role_title",
                        "status",
                        "source",
                        "applied_date",
                        "next_action_date",
                        "job_url",
                        "notes");
    }

    @Test
    void acceptsNotesOfExactlyTenThousandCharacters() {
        Session ada = signUp();
        Map<String, Object> body = stripe();
        body.put("notes", "n".repeat(10_000));

        assertThat(create(ada, body).json().path("notes").asString()).hasSize(10_000);
    }

    @Test
    void rejectsMalformedJsonAndWrongContentType() {
        Session ada = signUp();

        HttpApi.Response malformed = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .raw("application/json", "{\"company_name\": ")
                .send();
        HttpApi.Response text = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .raw("text/plain", "Stripe")
                .send();

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("title")).isEqualTo("Bad Request");
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void requiresAnAccessToken() {
        String id = "/api/v1/applications/6f1c4a5e-8d8e-4a47-9b1e-3f0c9a1d2b3c";
        List<HttpApi.Call> calls = List.of(
                api.get("/api/v1/applications"),
                api.post("/api/v1/applications").json(stripe()),
                api.get(id),
                api.put(id).json(stripe()),
                api.call("PATCH", id).json(Map.of("status", "offer")),
                api.delete(id),
                api.get("/api/v1/applications/export.csv"),
                api.post("/api/v1/applications/import").raw("multipart/form-data; boundary=x", "--x--"));

        for (HttpApi.Call call : calls) {
            HttpApi.Response response = call.send();
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void answers404ForAnUnknownIdAnd400ForAMalformedOne() {
        Session ada = signUp();

        HttpApi.Response unknown = api.get("/api/v1/applications/6f1c4a5e-8d8e-4a47-9b1e-3f0c9a1d2b3c")
                .bearer(ada.accessToken())
                .send();
        HttpApi.Response malformed = api.get("/api/v1/applications/not-a-uuid")
                .bearer(ada.accessToken())
                .send();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("https://jobtracker.dev/problems/application-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").get(0).path("field").asString())
                .isEqualTo("id");
    }

    @Test
    void putReplacesEverythingBumpsTheVersionAndRecordsTheStatusChange() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");
        Map<String, Object> replacement = Map.of(
                "company_name",
                "Stripe",
                "role_title",
                "Staff Engineer",
                "applied_date",
                "2026-11-03",
                "status",
                "interviewing");

        HttpApi.Response put = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(replacement)
                .send();

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"2\"");
        JsonNode json = put.json();
        assertThat(json.path("role_title").asString()).isEqualTo("Staff Engineer");
        assertThat(json.path("notes").isNull())
                .as("full replacement clears what was left out")
                .isTrue();
        assertThat(json.path("source").asString()).isEqualTo("other");
        assertThat(json.path("version").asInt()).isEqualTo(2);
        assertThat(statuses(json)).containsExactly("applied", "interviewing");
    }

    @Test
    void historyTimesAreTheTimesOfTheChangesToTheMicrosecond() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");
        api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(Map.of(
                        "company_name",
                        "Stripe",
                        "role_title",
                        "Engineer",
                        "applied_date",
                        "2026-11-03",
                        "status",
                        "offer"))
                .send();

        JsonNode one = api.get("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .send()
                .json();
        JsonNode listed = api.get("/api/v1/applications")
                .bearer(ada.accessToken())
                .send()
                .json()
                .path("items")
                .get(0);

        for (JsonNode application : List.of(one, listed)) {
            JsonNode history = application.path("status_history");
            assertThat(history.get(0).path("changed_at").asString())
                    .isEqualTo(application.path("created_at").asString());
            assertThat(history.get(1).path("changed_at").asString())
                    .isEqualTo(application.path("updated_at").asString())
                    .isNotEqualTo(application.path("created_at").asString());
        }
    }

    @Test
    void putWithoutAStatusChangeAddsNoHistory() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");
        Map<String, Object> same = stripe();
        same.put("notes", "called back");

        JsonNode json = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(same)
                .send()
                .json();

        assertThat(json.path("notes").asString()).isEqualTo("called back");
        assertThat(statuses(json)).containsExactly("applied");
    }

    @Test
    void putValidatesLikeCreate() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response put = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(Map.of("company_name", "Stripe", "status", "interviewing"))
                .send();

        assertThat(put.status()).isEqualTo(422);
        assertThat(fieldsOf(put)).containsExactlyInAnyOrder("role_title", "applied_date");
    }

    @Test
    void staleIfMatchIsRefusedSoTheSecondWriterCannotLoseTheFirstOnesUpdate() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");
        String etag = api.get("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .send()
                .header("ETag");
        Map<String, Object> first = stripe();
        first.put("status", "screening");
        Map<String, Object> second = stripe();
        second.put("notes", "second writer");

        HttpApi.Response firstWrite = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", etag)
                .json(first)
                .send();
        HttpApi.Response secondWrite = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", etag)
                .json(second)
                .send();

        assertThat(firstWrite.status()).isEqualTo(200);
        assertThat(secondWrite.status()).isEqualTo(412);
        assertThat(secondWrite.text("type")).isEqualTo("https://jobtracker.dev/problems/application-changed");
        assertThat(secondWrite.header("ETag")).isEqualTo("\"2\"");
        JsonNode stored = api.get("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .send()
                .json();
        assertThat(stored.path("status").asString()).isEqualTo("screening");
        assertThat(stored.path("notes").asString()).isEqualTo("Referred by Grace");
        assertThat(stored.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void ifMatchAcceptsWeakTagsAndLists() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response weak = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "W/\"1\"")
                .json(stripe())
                .send();
        HttpApi.Response list = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "\"7\", \"2\"")
                .json(stripe())
                .send();
        HttpApi.Response garbage = api.put("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "\"abc\"")
                .json(stripe())
                .send();

        assertThat(weak.status()).isEqualTo(200);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("ETag")).isEqualTo("\"3\"");
        assertThat(garbage.status()).isEqualTo(412);
    }

    @Test
    void getWithTheCurrentETagAnswersNotModified() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response response = api.get("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-None-Match", "\"1\"")
                .send();

        assertThat(response.status()).isEqualTo(304);
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response patch = api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "\"1\"")
                .raw("application/merge-patch+json", "{\"status\": \"offer\", \"location\": null}")
                .send();

        assertThat(patch.status()).as(patch.toString()).isEqualTo(200);
        JsonNode json = patch.json();
        assertThat(json.path("status").asString()).isEqualTo("offer");
        assertThat(json.path("location").isNull()).isTrue();
        assertThat(json.path("notes").asString()).isEqualTo("Referred by Grace");
        assertThat(json.path("version").asInt()).isEqualTo(2);
        assertThat(statuses(json)).containsExactly("applied", "offer");
    }

    @Test
    void patchRejectsInvalidValuesAndStaleVersions() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response invalid = api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(Map.of("status", "hired"))
                .send();
        HttpApi.Response notText = api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .json(Map.of("company_name", List.of("a")))
                .send();
        HttpApi.Response clearsRequired = api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .raw("application/json", "{\"applied_date\": null}")
                .send();
        HttpApi.Response stale = api.call("PATCH", "/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "\"9\"")
                .json(Map.of("status", "offer"))
                .send();

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fieldsOf(invalid)).containsExactly("status");
        assertThat(notText.status()).isEqualTo(422);
        assertThat(fieldsOf(notText)).containsExactly("company_name");
        assertThat(clearsRequired.status()).isEqualTo(422);
        assertThat(fieldsOf(clearsRequired)).containsExactly("applied_date");
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void deleteRemovesTheApplication() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response staleDelete = api.delete("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .header("If-Match", "\"5\"")
                .send();
        HttpApi.Response delete = api.delete("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .send();
        HttpApi.Response again = api.delete("/api/v1/applications/" + id)
                .bearer(ada.accessToken())
                .send();

        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(delete.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + id)
                        .bearer(ada.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void accountExportContainsApplicationsWithTheirHistory() {
        Session ada = signUp();
        String id = create(ada, stripe()).text("id");

        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(ada.accessToken()).send();

        assertThat(export.status()).isEqualTo(200);
        JsonNode applications = export.json().path("applications");
        assertThat(applications).hasSize(1);
        assertThat(applications.get(0).path("id").asString()).isEqualTo(id);
        assertThat(statuses(applications.get(0))).containsExactly("applied");
    }

    @Test
    void deletingTheAccountErasesItsApplications() {
        Session ada = signUp();
        create(ada, stripe());
        create(ada, stripe());

        HttpApi.Response delete = api.delete("/api/v1/auth/me")
                .bearer(ada.accessToken())
                .json(Map.of("password", PASSWORD))
                .send();

        assertThat(delete.status()).as(delete.toString()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from applications where user_id = :user")
                        .param("user", java.util.UUID.fromString(ada.userId()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void documentsTheEndpointsAndDefinitionsInOpenApi() {
        HttpApi.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.path("/api/v1/applications/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/applications/import").has("post")).isTrue();
        assertThat(paths.path("/api/v1/applications/export.csv").has("get")).isTrue();
        assertThat(paths.path("/api/v1/analytics/summary")
                        .path("get")
                        .path("description")
                        .asString())
                .contains("response_rate");
        assertThat(docs.body()).contains("ghosted and withdrawn are not responses");
    }

    static List<String> statuses(JsonNode application) {
        return application
                .path("status_history")
                .valueStream()
                .map(change -> change.path("status").asString())
                .toList();
    }

    static List<String> fieldsOf(HttpApi.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(error -> error.path("field").asString())
                .toList();
    }
}

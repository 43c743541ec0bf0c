package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationCsvTest extends ApiTest {

    private static final String BOUNDARY = "----jobtracker-test-boundary";

    private HttpApi.Response upload(Session session, String csv) {
        return upload(session, "file", csv.getBytes(StandardCharsets.UTF_8));
    }

    private HttpApi.Response upload(Session session, String field, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"applications.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return api.post("/api/v1/applications/import")
                .bearer(session.accessToken())
                .bytes("multipart/form-data; boundary=" + BOUNDARY, body)
                .send();
    }

    private JsonNode list(Session session) {
        return api.get("/api/v1/applications?sort=company_name")
                .bearer(session.accessToken())
                .send()
                .json();
    }

    @Test
    void importsEveryRowWithColumnsInAnyOrder() {
        Session ada = signUp();
        String csv = """
                Role_Title,company_name,applied_date,status,notes,extra
                Backend Engineer,Stripe,2026-11-02,interviewing,"Met ""Grace"", twice",ignored
                Designer,Bolt,2026-10-01,,"line one
                line two",
                """;

        HttpApi.Response response = upload(ada, csv);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("imported").asInt()).isEqualTo(2);
        assertThat(response.json().path("errors")).isEmpty();
        JsonNode items = list(ada).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("company_name").asString()).isEqualTo("Bolt");
        assertThat(items.get(0).path("status").asString()).isEqualTo("applied");
        assertThat(items.get(0).path("notes").asString()).isEqualTo("line one\nline two");
        assertThat(items.get(1).path("notes").asString()).isEqualTo("Met \"Grace\", twice");
        assertThat(ApplicationsApiTest.statuses(items.get(1))).containsExactly("interviewing");
    }

    @Test
    void oneBadRowImportsNothingAndReportsEveryProblemWithItsRow() {
        Session ada = signUp();
        String csv = """
                company_name,role_title,applied_date,status,source
                Stripe,Backend Engineer,2026-11-02,applied,linkedin
                ,Designer,2026-13-01,hired,linkedin
                Bolt,Designer,2026-10-01,applied,monster
                """;

        HttpApi.Response response = upload(ada, csv);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("imported").asInt()).isZero();
        List<String> errors = response.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("row").asInt() + ":" + e.path("field").asString())
                .toList();
        assertThat(errors).containsExactlyInAnyOrder("3:company_name", "3:applied_date", "3:status", "4:source");
        assertThat(list(ada).path("total").asLong()).isZero();
    }

    @Test
    void rejectsAHeaderWithoutRequiredColumnsAndFilesThatAreNotCsv() {
        Session ada = signUp();

        HttpApi.Response missing = upload(ada, "company_name,status\nStripe,applied\n");
        HttpApi.Response unclosed = upload(ada, "company_name,role_title,applied_date\n\"Stripe,x,2026-11-02\n");
        HttpApi.Response empty = upload(ada, "company_name,role_title,applied_date\n");
        HttpApi.Response binary = upload(ada, "file", new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        HttpApi.Response wrongField = upload(ada, "document", "company_name\n".getBytes(StandardCharsets.UTF_8));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("role_title", "applied_date");
        assertThat(unclosed.status()).isEqualTo(422);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(binary.status()).isEqualTo(422);
        assertThat(wrongField.status()).isEqualTo(400);
    }

    @Test
    void exportsEveryApplicationAndTheExportImportsAgain() {
        Session ada = signUp();
        Map<String, Object> tricky = ApplicationsApiTest.stripe();
        tricky.put("company_name", "=HYPERLINK(\"http://evil\")");
        tricky.put("notes", "quote \" comma , newline\nend");
        api.post("/api/v1/applications").bearer(ada.accessToken()).json(tricky).send();
        api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(ApplicationsApiTest.stripe())
                .send();

        HttpApi.Response export = api.get("/api/v1/applications/export.csv")
                .bearer(ada.accessToken())
                .send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("applications.csv");
        assertThat(export.body())
                .startsWith("company_name,role_title,status,applied_date,source,job_url,location,notes,"
                        + "next_action_date,job_id,id,created_at,updated_at\r\n");
        assertThat(export.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        Session bob = signUp();
        HttpApi.Response reimport = upload(bob, export.body());
        assertThat(reimport.status()).as(reimport.toString()).isEqualTo(201);
        assertThat(reimport.json().path("imported").asInt()).isEqualTo(2);
        JsonNode items = list(bob).path("items");
        assertThat(items.get(0).path("company_name").asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(items.get(0).path("notes").asString()).isEqualTo("quote \" comma , newline\nend");
        assertThat(items.get(1).path("next_action_date").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void unfilteredTotalMatchesACountedTotalAfterCreatesImportsAndDeletes() {
        Session ada = signUp();
        String first = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(ApplicationsApiTest.stripe())
                .send()
                .text("id");
        api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(ApplicationsApiTest.stripe())
                .send();
        upload(ada, "company_name,role_title,applied_date\nA,B,2026-01-01\nC,D,2026-01-02\nE,F,2026-01-03\n");
        api.delete("/api/v1/applications/" + first).bearer(ada.accessToken()).send();

        JsonNode unfiltered = api.get("/api/v1/applications?limit=100")
                .bearer(ada.accessToken())
                .send()
                .json();
        JsonNode counted = api.get("/api/v1/applications?applied_from=1900-01-01")
                .bearer(ada.accessToken())
                .send()
                .json();

        assertThat(unfiltered.path("items")).hasSize(4);
        assertThat(unfiltered.path("total").asLong()).isEqualTo(4);
        assertThat(counted.path("total").asLong()).isEqualTo(4);
    }

    @Test
    void exportOfAUserWithoutApplicationsIsJustTheHeader() {
        Session ada = signUp();

        HttpApi.Response export = api.get("/api/v1/applications/export.csv")
                .bearer(ada.accessToken())
                .send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().split("\r\n")).hasSize(1);
    }
}

package com.jobtracker.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationListTest extends ApiTest {

    private Session ada;

    @BeforeEach
    void fiveApplications() {
        ada = signUp();
        add("Stripe", "Backend Engineer", "2026-11-02", "applied", "linkedin");
        add("Acme 50% Corp", "Data Engineer", "2026-10-15", "interviewing", "referral");
        add("Zalando", "Platform engineer", "2026-11-10", "rejected", "linkedin");
        add("bolt", "Designer", "2026-09-01", "offer", "indeed");
        add("N26", "BACKEND Lead", "2026-11-20", "screening", "company_site");
    }

    private void add(String company, String role, String applied, String status, String source) {
        HttpApi.Response response = api.post("/api/v1/applications")
                .bearer(ada.accessToken())
                .json(Map.of(
                        "company_name", company,
                        "role_title", role,
                        "applied_date", applied,
                        "status", status,
                        "source", source))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private JsonNode list(String query) {
        HttpApi.Response response = api.get("/api/v1/applications" + query)
                .bearer(ada.accessToken())
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> companies(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("company_name").asString())
                .toList();
    }

    @Test
    void listsNewestApplicationFirstInThePaginationEnvelope() {
        JsonNode page = list("");

        assertThat(companies(page)).containsExactly("N26", "Zalando", "Stripe", "Acme 50% Corp", "bolt");
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("limit").asInt()).isEqualTo(20);
        assertThat(page.path("total").asLong()).isEqualTo(5);
        assertThat(page.path("has_more").asBoolean()).isFalse();
        assertThat(page.path("items").get(0).path("status_history")).hasSize(1);
    }

    @Test
    void pagesWithTotalAndHasMore() {
        JsonNode first = list("?limit=2");
        JsonNode last = list("?limit=2&page=2");
        JsonNode beyond = list("?limit=2&page=9");

        assertThat(companies(first)).containsExactly("N26", "Zalando");
        assertThat(first.path("has_more").asBoolean()).isTrue();
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(companies(last)).containsExactly("bolt");
        assertThat(last.path("has_more").asBoolean()).isFalse();
        assertThat(companies(beyond)).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void filtersByRepeatedStatusAndSource() {
        assertThat(companies(list("?status=applied&status=offer"))).containsExactly("Stripe", "bolt");
        assertThat(companies(list("?status=applied,offer"))).containsExactly("Stripe", "bolt");
        assertThat(companies(list("?source=linkedin"))).containsExactly("Zalando", "Stripe");
        assertThat(list("?source=linkedin&status=rejected").path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void searchesCompanyAndRoleCaseInsensitivelyAndLiterally() {
        assertThat(companies(list("?q=backend"))).containsExactly("N26", "Stripe");
        assertThat(companies(list("?q=BOLT"))).containsExactly("bolt");
        assertThat(companies(list("?q=50%25"))).containsExactly("Acme 50% Corp");
        assertThat(companies(list("?q=%25"))).containsExactly("Acme 50% Corp");
        assertThat(companies(list("?q=_"))).isEmpty();
    }

    @Test
    void filtersByAppliedDateRangeInclusive() {
        assertThat(companies(list("?applied_from=2026-10-15&applied_to=2026-11-10")))
                .containsExactly("Zalando", "Stripe", "Acme 50% Corp");
        assertThat(companies(list("?applied_from=2026-11-11"))).containsExactly("N26");
    }

    @Test
    void sortsByEachSupportedOrder() {
        assertThat(companies(list("?sort=applied_date")))
                .containsExactly("bolt", "Acme 50% Corp", "Stripe", "Zalando", "N26");
        assertThat(companies(list("?sort=company_name")))
                .containsExactly("Acme 50% Corp", "bolt", "N26", "Stripe", "Zalando");
        assertThat(companies(list("?sort=-updated_at")).getFirst()).isEqualTo("N26");
        assertThat(companies(list("?sort=updated_at")).getFirst()).isEqualTo("Stripe");
    }

    @Test
    void rejectsBadParametersWith400Problems() {
        assertBadRequest("?limit=101", "limit");
        assertBadRequest("?limit=0", "limit");
        assertBadRequest("?page=-1", "page");
        assertBadRequest("?status=hired", "status");
        assertBadRequest("?source=monster", "source");
        assertBadRequest("?sort=salary", "sort");
        assertBadRequest("?applied_from=yesterday", "applied_from");
        assertBadRequest("?applied_from=2026-12-01&applied_to=2026-11-01", "applied_from");
        assertBadRequest("?q=" + "x".repeat(201), "q");
    }

    private void assertBadRequest(String query, String field) {
        HttpApi.Response response = api.get("/api/v1/applications" + query)
                .bearer(ada.accessToken())
                .send();
        assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .as(query)
                .isEqualTo(field);
    }

    @Test
    void showsOnlyTheSignedInUsersApplications() {
        Session bob = signUp();

        HttpApi.Response response =
                api.get("/api/v1/applications").bearer(bob.accessToken()).send();

        assertThat(response.json().path("total").asLong()).isZero();
        assertThat(response.json().path("items")).isEmpty();
    }
}

package com.jobtracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every endpoint shares: API docs, health probes and problem responses for Spring MVC's own errors. */
class PlatformTest extends ApiTest {

    @Test
    void publishesOpenApi31WithABearerScheme() {
        HttpApi.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text("openapi")).startsWith("3.1");
        assertThat(docs.json()
                        .path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(docs.json().path("paths").has("/api/v1/auth/signup")).isTrue();
    }

    @Test
    void servesSwaggerUi() {
        HttpApi.Response ui = api.get("/swagger-ui/index.html").send();

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    @Test
    void reportsLivenessAndReadiness() {
        assertThat(api.get("/actuator/health/liveness").send().text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").send().text("status")).isEqualTo("UP");
    }

    @Test
    void unknownApiPathIsAProblem404() {
        Session session = signUp();

        HttpApi.Response response =
                api.get("/api/v1/no-such-thing").bearer(session.accessToken()).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void wrongMethodIsAProblem405() {
        Session session = signUp();

        HttpApi.Response response =
                api.put("/api/v1/auth/me").bearer(session.accessToken()).send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unexpectedFailuresLeakNothing() {
        Session session = signUp();

        HttpApi.Response response =
                api.get("/api/v1/test/explode").bearer(session.accessToken()).send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain(FailingEndpoint.SECRET, "IllegalStateException", "at com.jobtracker");
        assertThat(response.text("detail")).isNotBlank();
    }

    @Test
    void securityHeadersAreSet() {
        HttpApi.Response response = api.get("/v3/api-docs").send();

        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsASaneIncomingOne() {
        HttpApi.Response generated = api.get("/actuator/health/liveness").send();
        HttpApi.Response propagated = api.get("/actuator/health/liveness")
                .header("X-Request-Id", "lb-0123456789abcdef")
                .send();
        HttpApi.Response hostile = api.get("/actuator/health/liveness")
                .header("X-Request-Id", "<script>alert(1)</script>")
                .send();

        assertThat(generated.header("X-Request-Id")).hasSize(36);
        assertThat(propagated.header("X-Request-Id")).isEqualTo("lb-0123456789abcdef");
        assertThat(hostile.header("X-Request-Id")).doesNotContain("<").hasSize(36);
    }

    @Test
    void exposesPrometheusMetrics() {
        api.get("/actuator/health/liveness").send();

        HttpApi.Response metrics = api.get("/actuator/prometheus").send();

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds", "jvm_threads_live_threads");
    }

    @Test
    void anUnreachableDatabaseIsAMomentaryServiceUnavailable() {
        Session session = signUp();

        HttpApi.Response response = api.get("/api/v1/test/database-down")
                .bearer(session.accessToken())
                .send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("2");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(FailingEndpoint.SECRET);
    }
}

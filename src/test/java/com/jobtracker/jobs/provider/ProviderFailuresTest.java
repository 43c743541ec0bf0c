package com.jobtracker.jobs.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every adapter against its provider's error answers: the documented 401/403/429 bodies, empty results, malformed
 * JSON, a reset connection, a 10 s delay, a huge body and a redirect to an internal address. Each ends as an empty
 * list or a {@link ProviderFailure} with a client-safe message, never anything else.
 */
class ProviderFailuresTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static Iterable<String> providers() {
        return Adapters.names();
    }

    private static final Map<String, String> EMPTY = Map.of(
            "google",
            "{\"search_metadata\":{\"status\":\"Success\"},\"search_parameters\":{\"q\":\"x\"},"
                    + "\"search_information\":{\"jobs_results_state\":\"Fully empty\"},"
                    + "\"error\":\"Google hasn't returned any results for this query.\"}",
            "linkedin",
            "[]",
            "indeed",
            "{\"status\":\"OK\",\"request_id\":\"r\",\"parameters\":{},\"data\":{\"jobs\":[],\"cursor\":null}}",
            "greenhouse",
            "{\"jobs\":[],\"meta\":{\"total\":0}}",
            "lever",
            "[]",
            "ashby",
            "{\"apiVersion\":\"1\",\"jobs\":[]}",
            "remotive",
            "{\"0-legal-notice\":\"Legal warning\",\"job-count\":0,\"total-job-count\":0,\"jobs\":[]}",
            "arbeitnow",
            "{\"data\":[],\"links\":{\"next\":null},\"meta\":{\"current_page\":1}}",
            "remoteok",
            "[{\"last_updated\":1764201600,\"legal\":\"API Terms of Service\"}]",
            "themuse",
            "{\"page\":0,\"page_count\":0,\"items_per_page\":20,\"total\":0,\"results\":[]}");

    private static boolean rapidApi(String provider) {
        return provider.equals("linkedin") || provider.equals("indeed");
    }

    private JobProvider provider(String name) {
        return Adapters.create(name, stub.baseUrl(), Duration.ofSeconds(3), Map.of());
    }

    private void answer(String provider, ResponseDefinitionBuilder response) {
        stub.stubFor(get(urlPathEqualTo(Adapters.path(provider))).willReturn(response));
    }

    private ProviderFailure failure(String provider) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> provider(provider).search(new ProviderQuery("java", null)));
        assertThat(thrown).isInstanceOf(ProviderFailure.class);
        return (ProviderFailure) thrown;
    }

    @ParameterizedTest
    @MethodSource("providers")
    void emptyResultsAreAnEmptyList(String provider) {
        answer(provider, okJson(EMPTY.get(provider)));

        assertThat(provider(provider).search(new ProviderQuery("java", null))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void rejectedKeyIsAFailureNamingTheStatus(String provider) {
        String body = rapidApi(provider)
                ? "{\"message\":\"Invalid API key. Go to https://docs.rapidapi.com/docs/keys for more info.\"}"
                : "{\"error\":\"Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key\"}";
        answer(
                provider,
                aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body));

        assertThat(failure(provider).getMessage()).contains("401").doesNotContain("serpapi.com", "rapidapi.com");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void forbiddenIsAFailure(String provider) {
        answer(
                provider,
                aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"You are not subscribed to this API.\"}"));

        assertThat(failure(provider).getMessage()).contains("403");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void quotaExceededIsAFailure(String provider) {
        String body = rapidApi(provider)
                ? "{\"message\":\"You have exceeded the MONTHLY quota for Requests on your current plan, BASIC.\"}"
                : "{\"error\":\"Your account has run out of searches.\"}";
        answer(
                provider,
                aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body));

        assertThat(failure(provider).getMessage()).contains("429");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void malformedJsonIsInvalidData(String provider) {
        answer(provider, okJson("{\"jobs\": [ {\"id\": 1, \"title\": "));

        assertThat(failure(provider).getMessage()).isEqualTo("upstream returned invalid data");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void htmlInsteadOfJsonIsInvalidData(String provider) {
        answer(
                provider,
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>Just a moment…</html>"));

        assertThat(failure(provider).getMessage()).isEqualTo("upstream returned invalid data");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void connectionResetIsAConnectionFailure(String provider) {
        answer(provider, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure(provider).getMessage()).isEqualTo("connection to upstream failed");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void tenSecondDelayEndsAtTheProviderDeadline(String provider) {
        answer(provider, okJson(EMPTY.get(provider)).withFixedDelay(10_000));
        JobProvider impatient = Adapters.create(provider, stub.baseUrl(), Duration.ofMillis(800), Map.of());

        assertThatThrownBy(() -> impatient.search(new ProviderQuery("java", null)))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("upstream timed out");
    }

    @Test
    void hugeBodyIsRefusedWithoutReadingItAll() {
        answer("remotive", okJson("{\"jobs\":[\"" + "x".repeat(ProviderHttp.MAX_BODY_BYTES) + "\"]}"));

        assertThat(failure("remotive").getMessage()).isEqualTo("upstream answer too large");
    }

    @Test
    void redirectToAnInternalAddressIsNotFollowed() {
        answer("arbeitnow", aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:6379/"));

        assertThat(failure("arbeitnow").getMessage()).contains("302");
    }

    @Test
    void gatewayErrorWithoutJsonBodyIsAFailure() {
        answer(
                "indeed",
                aResponse()
                        .withStatus(502)
                        .withBody("{\"messages\":\"The API is unreachable, please contact the API provider\"}"));

        assertThatThrownBy(() -> provider("indeed").search(new ProviderQuery("java", null)))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("upstream answered HTTP 502");
    }
}

package com.jobtracker.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The caller's request id reaches every provider, although each provider is asked on a thread of its own. */
class RequestIdPropagationTest extends ApiTest {

    @Test
    void sendsTheRequestIdToEveryProviderOfTheFanOut() {
        JobStubs.reset();
        Session user = signUp();
        String requestId = "req-" + UUID.randomUUID();

        HttpApi.Response response = api.get("/api/v1/jobs/external/aggregate?query=trace" + UUID.randomUUID())
                .bearer(user.accessToken())
                .header("X-Request-Id", requestId)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
        JobStubs.PATHS.entrySet().stream()
                .filter(provider -> !provider.getKey().equals("linkedin"))
                .forEach(provider -> JobStubs.server()
                        .verify(getRequestedFor(urlPathEqualTo(provider.getValue()))
                                .withHeader("X-Request-Id", equalTo(requestId))));
    }
}

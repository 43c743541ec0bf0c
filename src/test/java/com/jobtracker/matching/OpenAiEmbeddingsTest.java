package com.jobtracker.matching;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.jobtracker.matching.embedding.EmbeddingUnavailableException;
import com.jobtracker.matching.embedding.OpenAiEmbeddings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI adapter against WireMock serving PROVIDERS.md §5 answers, errors included. */
class OpenAiEmbeddingsTest {

    private static final String RATE_LIMITED = """
            {"error": {"message": "Rate limit reached for text-embedding-3-small in organization org-abc123 on tokens per min (TPM): Limit 1000000, Used 998000, Requested 4200. Please try again in 132ms. Visit https://platform.openai.com/account/rate-limits to learn more.",
              "type": "tokens", "param": null, "code": "rate_limit_exceeded"}}""";
    private static final String NO_QUOTA = """
            {"error": {"message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
              "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}""";

    private WireMockServer openai;

    @BeforeEach
    void start() {
        openai = new WireMockServer(options().dynamicPort());
        openai.start();
    }

    @AfterEach
    void stop() {
        openai.stop();
    }

    private OpenAiEmbeddings client(int batchSize) {
        return new OpenAiEmbeddings(
                URI.create(openai.baseUrl()),
                "sk-test",
                "text-embedding-3-small",
                3,
                batchSize,
                2,
                Duration.ofSeconds(5));
    }

    /** A response in the documented shape, vectors deliberately out of order to check matching by index. */
    private static String answer(int count) {
        String data = IntStream.range(0, count)
                .map(i -> count - 1 - i)
                .mapToObj(i -> "{\"object\":\"embedding\",\"index\":" + i + ",\"embedding\":[" + (i + 1) + ",0,0]}")
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        return "{\"object\":\"list\",\"data\":[" + data + "],\"model\":\"text-embedding-3-small\","
                + "\"usage\":{\"prompt_tokens\":21,\"total_tokens\":21}}";
    }

    @Test
    void sendsTheDocumentedRequestAndMatchesVectorsByIndex() {
        openai.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(2))));
        List<float[]> vectors = client(100).embed(List.of("Senior Java Developer", "Python data engineer"));
        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).containsExactly(1f, 0f, 0f);
        openai.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("text-embedding-3-small")))
                .withRequestBody(matchingJsonPath("$.input[1]", equalTo("Python data engineer")))
                .withRequestBody(matchingJsonPath("$.dimensions", equalTo("3"))));
    }

    @Test
    void splitsInputsIntoBatches() {
        openai.stubFor(post("/v1/embeddings")
                .withRequestBody(matchingJsonPath("$.input.length()", equalTo("2")))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(2))));
        openai.stubFor(post("/v1/embeddings")
                .withRequestBody(matchingJsonPath("$.input.length()", equalTo("1")))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(1))));
        assertThat(client(2).embed(List.of("a", "b", "c"))).hasSize(3);
        openai.verify(2, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void retriesARateLimitAfterTheAdvertisedWait() {
        openai.stubFor(post("/v1/embeddings")
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("retry-after-ms", "20")
                        .withBody(RATE_LIMITED))
                .willSetStateTo("cooled"));
        openai.stubFor(post("/v1/embeddings")
                .inScenario("limit")
                .whenScenarioStateIs("cooled")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(1))));
        assertThat(client(10).embed(List.of("Java"))).hasSize(1);
        openai.verify(2, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void doesNotRetryWhenTheQuotaIsExhausted() {
        openai.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(NO_QUOTA)));
        assertThatThrownBy(() -> client(10).embed(List.of("Java")))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("insufficient_quota");
        openai.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void givesUpOnPersistentRateLimits() {
        openai.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("retry-after-ms", "5")
                        .withBody(RATE_LIMITED)));
        assertThatThrownBy(() -> client(10).embed(List.of("Java"))).isInstanceOf(EmbeddingUnavailableException.class);
        openai.verify(3, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }
}

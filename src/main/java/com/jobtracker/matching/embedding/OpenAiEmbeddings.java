package com.jobtracker.matching.embedding;

import com.jobtracker.shared.web.Admission;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI {@code /v1/embeddings} (PROVIDERS.md §5). Inputs go in batches within the API's limits (≤ 2048 items, well
 * under 300,000 tokens per request, each ≤ 8,192 tokens). A 429 {@code rate_limit_exceeded} (and 5xx) is retried after
 * {@code retry-after-ms}/{@code retry-after} or an exponential back-off; {@code insufficient_quota} is not, since
 * waiting does not buy credit. Vectors are matched to inputs by {@code index}.
 */
public final class OpenAiEmbeddings implements EmbeddingProvider {

    /** cl100k_base averages about four characters per token in English; the budget keeps a wide margin. */
    private static final int MAX_CHARS_PER_REQUEST = 600_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final int dimensions;
    private final int batchSize;
    private final int maxRetries;
    private final Duration timeout;
    private final HttpClient http;

    public OpenAiEmbeddings(
            URI baseUrl, String apiKey, String model, int dimensions, int batchSize, int maxRetries, Duration timeout) {
        this.endpoint = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/v1/embeddings");
        this.apiKey = apiKey;
        this.model = model;
        this.dimensions = dimensions;
        this.batchSize = Math.clamp(batchSize, 1, 2048);
        this.maxRetries = maxRetries;
        this.timeout = timeout;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public int maxWordsPerChunk() {
        // 8,192 tokens per input; 4,000 words stays inside it for any ordinary English text.
        return 4_000;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> batch = new ArrayList<>();
        int chars = 0;
        for (String text : texts) {
            if (!batch.isEmpty() && (batch.size() == batchSize || chars + text.length() > MAX_CHARS_PER_REQUEST)) {
                vectors.addAll(request(batch));
                batch = new ArrayList<>();
                chars = 0;
            }
            batch.add(text.isBlank() ? "(empty)" : text);
            chars += text.length();
        }
        if (!batch.isEmpty()) {
            vectors.addAll(request(batch));
        }
        return vectors;
    }

    /** One call with its retries; the request gives its turn back meanwhile (the work happens at OpenAI). */
    private List<float[]> request(List<String> inputs) {
        return Admission.whileWaiting(() -> call(inputs));
    }

    private List<float[]> call(List<String> inputs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("input", inputs);
        body.put("encoding_format", "float");
        if (model.startsWith("text-embedding-3")) {
            body.put("dimensions", dimensions);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status == 200) {
                return parse(response.body(), inputs.size());
            }
            String code = errorCode(response.body());
            boolean retryable = (status == 429 && !"insufficient_quota".equals(code)) || status >= 500;
            if (!retryable || attempt >= maxRetries) {
                throw new EmbeddingUnavailableException("OpenAI embeddings answered " + status
                        + (code == null ? "" : " (" + code + ")") + " after " + (attempt + 1) + " attempt(s)");
            }
            sleep(backoff(response, attempt));
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EmbeddingUnavailableException(
                    "OpenAI embeddings unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingUnavailableException("interrupted");
        }
    }

    private List<float[]> parse(String body, int expected) {
        JsonNode data = JSON.readTree(body).path("data");
        float[][] vectors = new float[expected][];
        for (JsonNode item : data) {
            int index = item.path("index").asInt();
            JsonNode values = item.path("embedding");
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) values.get(i).asDouble();
            }
            if (index >= 0 && index < expected) {
                vectors[index] = Vectors.normalise(vector);
            }
        }
        for (float[] vector : vectors) {
            if (vector == null || vector.length != dimensions) {
                throw new EmbeddingUnavailableException("OpenAI embeddings returned an incomplete answer");
            }
        }
        return List.of(vectors);
    }

    private static String errorCode(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String code = error.path("code").asString(null);
            return code != null ? code : error.path("type").asString(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Duration backoff(HttpResponse<?> response, int attempt) {
        Optional<String> millis = response.headers().firstValue("retry-after-ms");
        Optional<String> seconds = response.headers().firstValue("retry-after");
        try {
            if (millis.isPresent()) {
                return Duration.ofMillis(Math.min(60_000, (long) Double.parseDouble(millis.get())));
            }
            if (seconds.isPresent()) {
                return Duration.ofMillis(Math.min(60_000, (long) (Double.parseDouble(seconds.get()) * 1000)));
            }
        } catch (NumberFormatException ignored) {
            // An HTTP-date or garbage: fall back to exponential back-off.
        }
        return Duration.ofMillis(Math.min(8_000, 500L << attempt));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingUnavailableException("interrupted");
        }
    }
}

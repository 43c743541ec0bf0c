package com.jobtracker.jobs.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's own HTTP client: its base URL, headers (keys), a connect timeout and a read timeout bounded by its
 * deadline, redirects never followed (a board redirecting to an internal address must not make us fetch it), and a
 * cap on the body so a huge answer costs bounded memory.
 */
public final class ProviderHttp {

    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public ProviderHttp(URI baseUrl, Duration timeout, Map<String, String> headers) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(1)) < 0 ? timeout : Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .defaultHeaders(h -> {
                    headers.forEach(h::set);
                    h.set("User-Agent", "JobTracker/0.1 (job search companion; +https://github.com/jobtracker)");
                    h.set("Accept", "application/json");
                })
                .build();
    }

    /** The status and, when the body is JSON, its tree (null otherwise). */
    public record Reply(int status, @Nullable JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body of a successful reply; any other status is a failure named by its status. */
        public JsonNode require() {
            if (!ok()) {
                throw ProviderFailure.forStatus(status);
            }
            if (body == null) {
                throw new ProviderFailure("upstream returned invalid data");
            }
            return body;
        }
    }

    /**
     * GETs {@code path} with query parameters (null values left out). Values travel as URI variables, so they are
     * encoded strictly and a query such as {@code c++ {dev}} cannot change the request's shape.
     */
    public Reply get(String path, Map<String, ? extends @Nullable Object> params) {
        StringBuilder template = new StringBuilder(path);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends @Nullable Object> param : params.entrySet()) {
            if (param.getValue() != null) {
                String variable = "v" + values.size();
                template.append(values.isEmpty() ? '?' : '&')
                        .append(param.getKey())
                        .append("={")
                        .append(variable)
                        .append('}');
                values.put(variable, param.getValue());
            }
        }
        try {
            return client.get().uri(template.toString(), values).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                byte[] bytes = readCapped(response.getBody());
                return new Reply(status, parse(bytes, status));
            });
        } catch (ProviderFailure failure) {
            throw failure;
        } catch (ResourceAccessException e) {
            throw new ProviderFailure(timedOut(e) ? "upstream timed out" : "connection to upstream failed", e);
        } catch (RuntimeException e) {
            throw new ProviderFailure("upstream call failed", e);
        }
    }

    private static @Nullable JsonNode parse(byte[] bytes, int status) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            if (status >= 200 && status < 300) {
                throw new ProviderFailure("upstream returned invalid data", e);
            }
            return null;
        }
    }

    private static byte[] readCapped(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ProviderFailure("upstream answer too large");
        }
        return bytes;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

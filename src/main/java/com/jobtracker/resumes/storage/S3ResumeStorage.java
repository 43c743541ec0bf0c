package com.jobtracker.resumes.storage;

import com.jobtracker.shared.web.Admission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, R2…) addressed path-style ({@code <endpoint>/<bucket>/<key>}) with
 * Signature V4 and no SDK: the three calls this module needs are a PUT, a HEAD and a DELETE.
 */
public final class S3ResumeStorage implements ResumeStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    private final URI endpoint;
    private final String bucket;
    private final String prefix;
    private final String region;
    private final String accessKey;
    private final String secretKey;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public S3ResumeStorage(
            URI endpoint,
            String bucket,
            String prefix,
            String region,
            String accessKey,
            String secretKey,
            Clock clock) {
        this.endpoint = URI.create(endpoint.toString().replaceAll("/+$", ""));
        this.bucket = bucket;
        this.prefix = prefix;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    @Override
    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        HttpResponse<Void> response = send("PUT", key, content);
        if (response.statusCode() / 100 != 2) {
            throw new UncheckedIOException(new IOException("S3 PUT answered " + response.statusCode()));
        }
        return key;
    }

    @Override
    public void delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        HttpResponse<Void> response = send("DELETE", key, new byte[0]);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw new UncheckedIOException(new IOException("S3 DELETE answered " + response.statusCode()));
        }
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && send("HEAD", key, new byte[0]).statusCode() == 200;
    }

    private HttpResponse<Void> send(String method, String key, byte[] body) {
        String path = "/" + bucket + "/" + prefix + key;
        URI uri = URI.create(endpoint + path);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        Map<String, String> headers =
                method.equals("PUT") ? Map.of("content-type", "application/octet-stream") : Map.of();
        SigV4.Signed signed =
                SigV4.sign(method, path, host, headers, body, clock.instant(), region, accessKey, secretKey);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("x-amz-date", signed.amzDate())
                .header("x-amz-content-sha256", signed.payloadHash())
                .header("Authorization", signed.authorization())
                .method(
                        method,
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        // the request gives its turn back while the object store works
        return Admission.whileWaiting(() -> {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException("S3 " + method + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
    }
}

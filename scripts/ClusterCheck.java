import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that two JobTracker instances behave as one service (run by scripts/cluster-check, JDK only):
 * 1. a token issued by instance A works on instance B;
 * 2. one user's 100 requests/hour budget is shared: 110 requests alternating A and B give exactly 100 successes;
 * 3. 50 concurrent identical cold searches spread over A and B make one upstream request per provider.
 *
 * <p>Usage: java scripts/ClusterCheck.java http://A http://B http://wiremock
 */
public class ClusterCheck {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    static int failures;

    public static void main(String[] args) throws Exception {
        String a = args[0], b = args[1], stubs = args[2];

        String token = signUp(a);
        int onB = get(b + "/api/v1/auth/me", token).statusCode();
        check("token from instance A accepted by instance B", onB == 200, "status " + onB);

        String limited = signUp(b);
        String query = "ratelimit" + UUID.randomUUID().toString().substring(0, 8);
        int ok = 0, limitedCount = 0, other = 0;
        for (int i = 0; i < 110; i++) {
            int status = get((i % 2 == 0 ? a : b) + "/api/v1/jobs/external/aggregate?query=" + query, limited)
                    .statusCode();
            if (status == 200) ok++;
            else if (status == 429) limitedCount++;
            else other++;
        }
        check("rate limit shared by both instances: exactly 100 of 110 succeed", ok == 100 && limitedCount == 10,
                ok + " × 200, " + limitedCount + " × 429, " + other + " other");

        String stampede = "stampede" + UUID.randomUUID().toString().substring(0, 8);
        String searcher = signUp(a);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                String base = i % 2 == 0 ? a : b;
                results.add(pool.submit(() -> {
                    start.await();
                    return get(base + "/api/v1/jobs/external/aggregate?query=" + stampede, searcher).statusCode();
                }));
            }
            start.countDown();
        }
        long answered = 0;
        for (Future<Integer> result : results) {
            if (result.get() == 200) answered++;
        }
        int google = upstreamCalls(stubs, "/search.json", stampede);
        int indeed = upstreamCalls(stubs, "/search-v2", stampede);
        check("50 concurrent cold searches over both instances all answered", answered == 50, answered + " × 200");
        check("… with one upstream call per provider", google == 1 && indeed == 1,
                "google " + google + ", indeed " + indeed);

        System.out.println(failures == 0 ? "cluster check: all passed" : "cluster check: " + failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    static void check(String what, boolean passed, String detail) {
        System.out.printf("%s %s (%s)%n", passed ? "PASS" : "FAIL", what, detail);
        if (!passed) failures++;
    }

    static String signUp(String base) throws Exception {
        String email = "cluster-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/signup"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                + "\",\"password\":\"correct horse battery staple\",\"full_name\":\"Cluster\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("sign-up failed: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many requests the provider stub received for this path whose query string mentions the search term. */
    static int upstreamCalls(String stubs, String path, String term) throws Exception {
        // The term can sit in any query parameter (q, query), so match it anywhere in the URL.
        String body = "{\"method\":\"GET\",\"urlPattern\":\".*" + path.replace(".", "\\\\.") + "\\\\?.*" + term + ".*\"}";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(stubs + "/__admin/requests/count"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher count = COUNT.matcher(response.body());
        if (!count.find()) {
            throw new IllegalStateException("WireMock count failed: " + response.body());
        }
        return Integer.parseInt(count.group(1));
    }
}

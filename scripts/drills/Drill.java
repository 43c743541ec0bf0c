import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fault drills against a running cluster (scripts/drills/run). JDK only.
 *
 * <pre>
 * java Drill.java writes BASE N FAULT_AT "fault command" RECOVER_AT "recover command"
 *     N idempotent creates through BASE by 8 workers; each is retried with the same Idempotency-Key until it is
 *     acknowledged (201). The fault command runs after FAULT_AT acknowledged creates, the recovery after RECOVER_AT.
 *     Afterwards every application is read back: acknowledged vs stored, duplicates, lost.
 * java Drill.java mixed BASE SECONDS FAULT_AT_S "fault command" RECOVER_AT_S "recover command"
 *     8 workers loop over: cached job search, applications list, sign-in; statuses are counted per endpoint and
 *     phase (before / during / after the fault).
 * </pre>
 */
public class Drill {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern FIELD = Pattern.compile("\"(access_token|id)\"\\s*:\\s*\"([^\"]+)\"");
    static final String PASSWORD = "correct horse battery staple";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("writes")) {
            writes(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Integer.parseInt(args[5]),
                    args[6]);
        } else {
            mixed(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Integer.parseInt(args[5]),
                    args[6]);
        }
    }

    static void writes(String base, int total, int faultAt, String fault, int recoverAt, String recover)
            throws Exception {
        String email = "drill-" + UUID.randomUUID() + "@example.com";
        String token = field(retry(() -> post(base + "/api/v1/auth/signup", null, null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"Drill\"}")), "access_token");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong worstMs = new AtomicLong();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Set<String> acknowledgedIds = ConcurrentHashMap.newKeySet();
        AtomicInteger faultsRun = new AtomicInteger();
        long started = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < 8; w++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        String key = UUID.randomUUID().toString();
                        String body = "{\"company_name\":\"Drill " + i + "\",\"role_title\":\"Engineer\","
                                + "\"applied_date\":\"2026-11-28\"}";
                        long begin = System.nanoTime();
                        while (true) {
                            int status;
                            String answer = "";
                            try {
                                HttpResponse<String> response =
                                        post(base + "/api/v1/applications", token, key, body);
                                status = response.statusCode();
                                answer = response.body();
                            } catch (Exception e) {
                                status = -1;
                            }
                            if (status == 201) {
                                acknowledgedIds.add(field(answer, "id"));
                                int done = acknowledged.incrementAndGet();
                                // faults run beside the workers, so a slow restart does not hold up a worker
                                if (done == faultAt && faultsRun.compareAndSet(0, 1)) {
                                    Thread.ofVirtual().start(() -> run(fault));
                                }
                                if (done == recoverAt && faultsRun.compareAndSet(1, 2)) {
                                    Thread.ofVirtual().start(() -> run(recover));
                                }
                                break;
                            }
                            failures.merge(status == -1 ? "connection failed" : "HTTP " + status, 1, Integer::sum);
                            retries.incrementAndGet();
                            sleep(200);
                        }
                        worstMs.accumulateAndGet((System.nanoTime() - begin) / 1_000_000, Math::max);
                    }
                    return null;
                });
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        List<String> companies = new ArrayList<>();
        Set<String> storedIds = new HashSet<>();
        for (int page = 0; page < (total + 99) / 100 + 1; page++) {
            final int p = page;
            String list = retry(() -> get(base + "/api/v1/applications?limit=100&page=" + p, token));
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"company_name\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(list);
            while (m.find()) {
                storedIds.add(m.group(1));
                companies.add(m.group(2));
            }
        }
        Set<String> distinct = new HashSet<>(companies);
        Set<String> lost = new HashSet<>(acknowledgedIds);
        lost.removeAll(storedIds);
        System.out.printf("creates requested %d, acknowledged %d, retries %d (%s), slowest create incl. retries %d ms, %d s%n",
                total, acknowledged.get(), retries.get(), new TreeMap<>(failures), worstMs.get(), seconds);
        System.out.printf("stored %d, duplicates %d, acknowledged but lost %d%n",
                companies.size(), companies.size() - distinct.size(), lost.size());
        System.exit(acknowledged.get() == total && companies.size() == total && distinct.size() == total && lost.isEmpty() ? 0 : 1);
    }

    static void mixed(String base, int seconds, int faultAt, String fault, int recoverAt, String recover)
            throws Exception {
        String email = "drill-" + UUID.randomUUID() + "@example.com";
        String token = field(retry(() -> post(base + "/api/v1/auth/signup", null, null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"full_name\":\"Drill\"}")), "access_token");
        Map<String, Map<String, AtomicInteger>> counts = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread faults = Thread.ofVirtual().start(() -> {
            sleep(faultAt * 1000L);
            run(fault);
            sleep((recoverAt - faultAt) * 1000L);
            run(recover);
        });
        String[] endpoints = {"search", "list", "signin"};
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < 8; w++) {
                final int worker = w;
                pool.submit(() -> {
                    for (int i = worker; System.nanoTime() < end; i++) {
                        String endpoint = endpoints[i % 3];
                        long at = (System.nanoTime() - start) / 1_000_000_000;
                        String phase = at < faultAt ? "1 before" : at < recoverAt ? "2 during" : "3 after";
                        int status;
                        try {
                            status = switch (endpoint) {
                                case "search" -> HTTP.send(request(base + "/api/v1/jobs/external/aggregate?query=drill", token).build(),
                                        HttpResponse.BodyHandlers.ofString()).statusCode();
                                case "list" -> HTTP.send(request(base + "/api/v1/applications?limit=20", token).build(),
                                        HttpResponse.BodyHandlers.ofString()).statusCode();
                                default -> post(base + "/api/v1/auth/signin", null, null,
                                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").statusCode();
                            };
                        } catch (Exception e) {
                            status = -1;
                        }
                        counts.computeIfAbsent(phase + " " + endpoint, k -> new ConcurrentHashMap<>())
                                .computeIfAbsent(status == -1 ? "conn-failed" : String.valueOf(status), k -> new AtomicInteger())
                                .incrementAndGet();
                        sleep(20);
                    }
                    return null;
                });
            }
        }
        faults.join();
        new TreeMap<>(counts).forEach((key, statuses) -> System.out.println(key + " " + new TreeMap<>(statuses)));
    }

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> post(String url, String token, String key, String json) throws Exception {
        HttpRequest.Builder builder = request(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) builder.header("Idempotency-Key", key);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(request(url, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    /** Retries until a 2xx, for set-up and read-back steps that are not what is measured. */
    static String retry(Call call) {
        for (int attempt = 0; attempt < 300; attempt++) {
            try {
                HttpResponse<String> response = call.call();
                if (response.statusCode() / 100 == 2) return response.body();
            } catch (Exception ignored) {
                // the fault is still in effect
            }
            sleep(200);
        }
        throw new IllegalStateException("gave up after 60 s");
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) return m.group(2);
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    static void run(String command) {
        try {
            System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + command);
            new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.jobtracker.jobs.provider;

import com.jobtracker.jobs.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Fetches several company boards of one provider at once (each is its own request), so a provider with many boards
 * still fits its deadline. One unknown or failing board costs only its own jobs; the provider fails only when all do.
 */
public final class Boards {

    private Boards() {}

    public static List<Job> fetchAll(List<String> boards, Function<String, List<Job>> fetch) {
        List<Job> jobs = new ArrayList<>();
        ProviderFailure lastFailure = null;
        int failed = 0;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Job>>> results = boards.stream()
                    .map(board -> executor.submit(() -> fetch.apply(board)))
                    .toList();
            for (Future<List<Job>> result : results) {
                try {
                    jobs.addAll(result.get());
                } catch (ExecutionException e) {
                    failed++;
                    lastFailure = e.getCause() instanceof ProviderFailure failure
                            ? failure
                            : new ProviderFailure("upstream returned invalid data", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ProviderFailure("upstream timed out", e);
                }
            }
        }
        if (failed > 0 && failed == boards.size() && lastFailure != null) {
            throw lastFailure;
        }
        return jobs;
    }

    /** "openai" → "Openai", "delivery-hero" → "Delivery Hero": a board slug as a company name. */
    public static String companyName(String slug) {
        StringBuilder name = new StringBuilder();
        for (String part : slug.split("[-_]")) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return name.toString();
    }
}

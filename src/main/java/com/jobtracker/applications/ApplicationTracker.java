package com.jobtracker.applications;

import com.jobtracker.shared.web.PageResponse;
import com.jobtracker.shared.web.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What a person does with their applications: record, list, change, delete, and bring in many at once. */
@Service
class ApplicationTracker {

    static final Duration KEY_RETENTION = Duration.ofHours(24);

    /** The result of a create: the application, and whether it is the replay of an earlier identical request. */
    record Created(ApplicationView application, boolean replayed) {}

    private final ApplicationStore store;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    ApplicationTracker(ApplicationStore store, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Created create(UUID userId, ApplicationRequest request, @Nullable String idempotencyKey) {
        ApplicationFields fields = valid(request);
        if (idempotencyKey == null) {
            return new Created(insert(userId, fields), false);
        }
        Instant now = now();
        String fingerprint = fingerprint(request);
        keys.forgetOlderThan(userId, now.minus(KEY_RETENTION));
        if (!keys.claim(userId, idempotencyKey, fingerprint, now)) {
            IdempotencyKeys.Stored stored =
                    keys.find(userId, idempotencyKey).orElseThrow(ApplicationProblems::idempotencyKeyReused);
            if (!stored.fingerprint().equals(fingerprint) || stored.responseBody() == null) {
                throw ApplicationProblems.idempotencyKeyReused();
            }
            return new Created(json.readValue(stored.responseBody(), ApplicationView.class), true);
        }
        ApplicationView created = insert(userId, fields);
        keys.complete(userId, idempotencyKey, created.id(), json.writeValueAsString(created));
        return new Created(created, false);
    }

    ApplicationView get(UUID userId, UUID id) {
        return store.find(userId, id).orElseThrow(ApplicationProblems::notFound);
    }

    /** Full replacement: fields left out are cleared or take their defaults, exactly as on create. */
    @Transactional
    ApplicationView replace(UUID userId, UUID id, ApplicationRequest request, IfMatch precondition) {
        ApplicationFields fields = valid(request);
        ApplicationView current = lockChecked(userId, id, precondition);
        return write(userId, current, fields);
    }

    /**
     * Partial update (JSON merge patch): fields present in the body replace the stored ones, {@code null} clears an
     * optional field; the result must still satisfy the same rules as a full update.
     */
    @Transactional
    ApplicationView patch(UUID userId, UUID id, Map<String, @Nullable String> changes, IfMatch precondition) {
        ApplicationView current = lockChecked(userId, id, precondition);
        Map<String, @Nullable String> merged = ApplicationRequest.of(current).toMap();
        merged.putAll(changes);
        return write(userId, current, valid(ApplicationRequest.fromMap(merged)));
    }

    @Transactional
    void delete(UUID userId, UUID id, IfMatch precondition) {
        lockChecked(userId, id, precondition);
        store.delete(userId, id);
    }

    /**
     * No transaction on purpose: under READ COMMITTED it would not make count and page one snapshot anyway, and the
     * unfiltered list (the default screen) is then a single statement.
     */
    PageResponse<ApplicationView> list(ListQuery query) {
        if (query.unfiltered()) {
            ApplicationStore.Page page = store.page(query);
            long total = page.total() != null ? page.total() : store.count(query);
            return PageResponse.of(page.items(), query.page(), query.limit(), total);
        }
        long total = store.count(query);
        List<ApplicationView> items = total == 0 ? List.of() : store.page(query).items();
        return PageResponse.of(items, query.page(), query.limit(), total);
    }

    /** All or nothing: the caller has already checked every row. */
    @Transactional
    int importAll(UUID userId, List<ApplicationFields> rows) {
        store.insertAll(
                userId,
                rows.stream().map(row -> Map.entry(UUID.randomUUID(), row)).toList(),
                now());
        return rows.size();
    }

    @Transactional(readOnly = true)
    void forEach(UUID userId, Consumer<ApplicationView> consumer) {
        store.forEach(userId, consumer);
    }

    @Transactional(readOnly = true)
    List<ApplicationView> everything(UUID userId) {
        return store.allWithHistory(userId);
    }

    private ApplicationView insert(UUID userId, ApplicationFields fields) {
        UUID id = UUID.randomUUID();
        store.insert(id, userId, fields, now());
        return get(userId, id);
    }

    private ApplicationView lockChecked(UUID userId, UUID id, IfMatch precondition) {
        ApplicationView current = store.findForUpdate(userId, id).orElseThrow(ApplicationProblems::notFound);
        if (!precondition.matches(current.version())) {
            throw ApplicationProblems.versionMismatch(current.version());
        }
        return current;
    }

    private ApplicationView write(UUID userId, ApplicationView current, ApplicationFields fields) {
        Instant now = now();
        store.update(current.id(), fields, current.version() + 1, now);
        if (!fields.status().wire().equals(current.status())) {
            store.appendHistory(current.id(), fields.status(), now);
        }
        return get(userId, current.id());
    }

    private static ApplicationFields valid(ApplicationRequest request) {
        ApplicationRules.Outcome outcome = ApplicationRules.check(request);
        if (outcome.fields() == null) {
            throw new ValidationException(outcome.errors());
        }
        return outcome.fields();
    }

    /** Same request, same fingerprint: hashed from the parsed body, so whitespace and key order do not matter. */
    private String fingerprint(ApplicationRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Milliseconds are what clients see; storing more would make a fresh response differ from a later read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

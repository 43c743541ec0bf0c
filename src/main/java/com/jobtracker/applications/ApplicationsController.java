package com.jobtracker.applications;

import com.jobtracker.auth.CurrentUser;
import com.jobtracker.shared.web.ApiException.FieldError;
import com.jobtracker.shared.web.PageResponse;
import com.jobtracker.shared.web.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "The person's job applications and their status history")
class ApplicationsController {

    static final String BASE = "/api/v1/applications";
    private static final int MAX_QUERY = 200;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final ApplicationTracker tracker;

    ApplicationsController(ApplicationTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping
    @Operation(
            summary = "List applications",
            description = "Filters combine with AND. `status` may repeat (or be comma-separated) and matches any of"
                    + " the given statuses; `q` matches company_name or role_title, case-insensitively, as a"
                    + " substring; `applied_from`/`applied_to` are inclusive. Default order `-applied_date`;"
                    + " ties are broken by id, so pages are stable. `limit` over 100 is refused with 400.")
    PageResponse<ApplicationView> list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "applied_from", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate appliedFrom,
            @RequestParam(name = "applied_to", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate appliedTo,
            @Parameter(description = "applied_date, -applied_date, updated_at, -updated_at or company_name")
                    @RequestParam(defaultValue = "-applied_date")
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        List<ApplicationStatus> statuses = new ArrayList<>();
        for (String value : status == null ? List.<String>of() : status) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    statuses.add(ApplicationStatus.fromWire(part.strip())
                            .orElseThrow(() -> ApplicationProblems.badParameter(
                                    "status", "must be one of " + ApplicationStatus.wireValues())));
                }
            }
        }
        ApplicationSource sourceFilter = source == null || source.isBlank()
                ? null
                : ApplicationSource.fromWire(source.strip())
                        .orElseThrow(() -> ApplicationProblems.badParameter(
                                "source", "must be one of " + ApplicationSource.wireValues()));
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            throw ApplicationProblems.badParameter("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (appliedFrom != null && appliedTo != null && appliedFrom.isAfter(appliedTo)) {
            throw ApplicationProblems.badParameter("applied_from", "must not be after applied_to");
        }
        ListQuery.Sort order = ListQuery.Sort.fromWire(sort)
                .orElseThrow(() ->
                        ApplicationProblems.badParameter("sort", "must be one of " + ListQuery.Sort.wireValues()));
        return tracker.list(new ListQuery(
                user.id(), List.copyOf(statuses), sourceFilter, text, appliedFrom, appliedTo, order, page, limit));
    }

    @PostMapping
    @Operation(
            summary = "Record an application",
            description = "201 with Location and ETag. With an `Idempotency-Key` header (1-255 visible ASCII"
                    + " characters, scoped to the user, remembered 24 hours) a retry with the same key and body"
                    + " answers the first response again (header `Idempotent-Replayed: true`) and creates nothing;"
                    + " the same key with a different body answers 422.")
    ResponseEntity<ApplicationView> create(
            CurrentUser user,
            @RequestBody ApplicationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ApplicationProblems.invalidIdempotencyKey();
        }
        ApplicationTracker.Created created = tracker.create(user.id(), request, idempotencyKey);
        ApplicationView application = created.application();
        var response = ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(BASE + "/" + application.id()))
                .eTag(application.etag());
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(application);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One application with its status history",
            description = "ETag is the version in quotes; If-None-Match with the current ETag answers 304.")
    ResponseEntity<ApplicationView> get(CurrentUser user, @PathVariable UUID id) {
        // ResponseEntity with an ETag answers If-None-Match with 304 by itself (HttpEntityMethodProcessor).
        ApplicationView application = tracker.get(user.id(), id);
        return ResponseEntity.ok().eTag(application.etag()).body(application);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace an application",
            description = "Full replacement with the rules and defaults of create (fields left out are cleared)."
                    + " With `If-Match: \"<version>\"` the update only happens if nobody changed it since;"
                    + " otherwise 412. Without If-Match the last write wins. A status change is added to the"
                    + " history.")
    ResponseEntity<ApplicationView> replace(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestBody ApplicationRequest request,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        ApplicationView application = tracker.replace(user.id(), id, request, IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(application.etag()).body(application);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(
            summary = "Change some fields of an application",
            description = "JSON merge patch (RFC 7396) of the fields of ApplicationRequest, e.g."
                    + " `{\"status\": \"interviewing\"}`: fields present replace the stored ones, null clears an"
                    + " optional field, unknown fields are ignored. The result must satisfy the create rules."
                    + " If-Match works as for PUT.")
    ResponseEntity<ApplicationView> patch(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestBody Map<String, @Nullable Object> changes,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        ApplicationView application = tracker.patch(user.id(), id, textFields(changes), IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(application.etag()).body(application);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an application and its history", description = "If-Match works as for PUT.")
    void delete(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        tracker.delete(user.id(), id, IfMatch.parse(ifMatch));
    }

    /** The known fields of a patch as text; scalars are taken as written, objects and arrays are refused. */
    private static Map<String, @Nullable String> textFields(Map<String, @Nullable Object> changes) {
        Map<String, @Nullable String> fields = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String field : ApplicationRequest.FIELDS) {
            if (changes.containsKey(field)) {
                Object value = changes.get(field);
                if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
                    fields.put(field, value == null ? null : value.toString());
                } else {
                    errors.add(new FieldError(field, "must be a string"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return fields;
    }
}

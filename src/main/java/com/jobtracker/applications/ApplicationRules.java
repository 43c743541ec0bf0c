package com.jobtracker.applications;

import com.jobtracker.shared.web.ApiException.FieldError;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an application's fields, shared by the JSON endpoints and CSV import so both accept exactly the same
 * data. Every broken rule is collected, not just the first, so a form can show all of them at once.
 */
final class ApplicationRules {

    static final int MAX_NAME = 255;
    static final int MAX_URL = 2048;
    static final int MAX_NOTES = 10_000;
    static final int MAX_JOB_ID = 512;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ApplicationRules() {}

    /** The checked fields, or the list of what is wrong (empty exactly when the result is present). */
    record Outcome(@Nullable ApplicationFields fields, List<FieldError> errors) {}

    static Outcome check(ApplicationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String company = required(errors, "company_name", request.companyName(), MAX_NAME);
        String role = required(errors, "role_title", request.roleTitle(), MAX_NAME);
        LocalDate applied = date(errors, "applied_date", request.appliedDate());
        if (applied == null && blank(request.appliedDate())) {
            errors.add(new FieldError("applied_date", "must not be blank"));
        }
        ApplicationStatus status = ApplicationStatus.APPLIED;
        if (!blank(request.status())) {
            status = ApplicationStatus.fromWire(lower(request.status())).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "must be one of " + ApplicationStatus.wireValues()));
            }
        }
        ApplicationSource source = ApplicationSource.OTHER;
        if (!blank(request.source())) {
            source = ApplicationSource.fromWire(lower(request.source())).orElse(null);
            if (source == null) {
                errors.add(new FieldError("source", "must be one of " + ApplicationSource.wireValues()));
            }
        }
        String jobUrl = optional(errors, "job_url", request.jobUrl(), MAX_URL);
        if (jobUrl != null && !isWebUrl(jobUrl)) {
            errors.add(new FieldError("job_url", "must be an http or https URL"));
        }
        String location = optional(errors, "location", request.location(), MAX_NAME);
        String notes = optional(errors, "notes", request.notes(), MAX_NOTES);
        String jobId = optional(errors, "job_id", request.jobId(), MAX_JOB_ID);
        LocalDate nextAction = date(errors, "next_action_date", request.nextActionDate());
        if (!errors.isEmpty()) {
            return new Outcome(null, List.copyOf(errors));
        }
        return new Outcome(
                new ApplicationFields(
                        company, role, status, applied, source, jobUrl, location, notes, jobId, nextAction),
                List.of());
    }

    private static @Nullable String required(List<FieldError> errors, String field, @Nullable String value, int max) {
        if (blank(value)) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        return optional(errors, field, value, max);
    }

    private static @Nullable String optional(List<FieldError> errors, String field, @Nullable String value, int max) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return stripped;
    }

    private static @Nullable LocalDate date(List<FieldError> errors, String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        try {
            if (DATE.matcher(stripped).matches()) {
                return LocalDate.parse(stripped);
            }
        } catch (DateTimeException e) {
            // falls through to the field error: 2026-02-30 has the right shape but is no date
        }
        errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
        return null;
    }

    /** The web client renders job_url as a link; anything but http(s) (javascript:, data:) would be a trap. */
    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

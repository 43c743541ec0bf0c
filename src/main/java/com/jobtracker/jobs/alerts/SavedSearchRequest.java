package com.jobtracker.jobs.alerts;

import com.jobtracker.jobs.provider.EmploymentTypes;
import com.jobtracker.shared.web.ApiException.FieldError;
import com.jobtracker.shared.web.ValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Body of create and replace. Checked by hand rather than by bean validation so that every broken field is reported
 * in one 422, including the employment type vocabulary.
 */
@Schema(description = "A saved search. Fields left out are cleared on replace (name defaults to the query).")
record SavedSearchRequest(
        @Schema(description = "Shown in lists and the alert email; defaults to the query", maxLength = 100) @Nullable
        String name,

        @Schema(description = "What to search for, as in /jobs/external/aggregate", maxLength = 200) @Nullable
        String query,

        @Schema(maxLength = 200) @Nullable String location,

        @Schema(description = "true: remote only, false: on-site only, absent: both") @Nullable
        Boolean remote,

        @Schema(
                allowableValues = {"full_time", "part_time", "contract", "internship", "temporary", "volunteer", "other"
                })
        @Nullable
        String employmentType,

        @Schema(minimum = "1", maximum = "365") @Nullable Integer postedWithinDays,

        @Schema(description = "Email new postings after each run (default false)") @Nullable
        Boolean emailAlerts) {

    // Names and queries end up in email subjects and lines: no control characters (CR/LF would break headers).
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The stored form: trimmed, blanks as absent; or a 422 listing every invalid field. */
    Valid validated() {
        List<FieldError> errors = new ArrayList<>();
        String text = text(query, "query", 200, errors);
        if (text == null) {
            errors.add(new FieldError("query", "must not be blank"));
        }
        String title = text(name, "name", 100, errors);
        String place = text(location, "location", 200, errors);
        String type = employmentType == null || employmentType.isBlank() ? null : employmentType.strip();
        if (type != null && !EmploymentTypes.ALL.contains(type)) {
            errors.add(new FieldError(
                    "employment_type",
                    "must be one of "
                            + String.join(
                                    ", ", EmploymentTypes.ALL.stream().sorted().toList())));
        }
        if (postedWithinDays != null && (postedWithinDays < 1 || postedWithinDays > 365)) {
            errors.add(new FieldError("posted_within_days", "must be between 1 and 365"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(
                title != null ? title : abbreviate(text),
                new SearchCriteria(text, place, remote, type, postedWithinDays),
                Boolean.TRUE.equals(emailAlerts));
    }

    record Valid(String name, SearchCriteria criteria, boolean emailAlerts) {}

    private static @Nullable String text(@Nullable String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (CONTROL.matcher(stripped).find()) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return stripped;
    }

    private static String abbreviate(String query) {
        return query.length() <= 100 ? query : query.substring(0, 99) + "…";
    }
}

package com.jobtracker.applications;

import com.jobtracker.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(ApplicationsController.BASE)
@Tag(name = "Applications")
class ApplicationCsvController {

    private static final String COLUMNS_DOC = "Columns (header row, any order, case-insensitive): company_name,"
            + " role_title, status, applied_date, source, job_url, location, notes, next_action_date, job_id."
            + " company_name, role_title and applied_date are required; the rules are those of create. Export adds"
            + " id, created_at and updated_at, which import ignores. Cells starting with = + - @ are written with a"
            + " leading apostrophe so spreadsheets do not run them as formulas; import strips it.";

    private final ApplicationTracker tracker;

    ApplicationCsvController(ApplicationTracker tracker) {
        this.tracker = tracker;
    }

    record ImportResult(int imported, List<ApplicationCsv.RowError> errors) {}

    @GetMapping(path = "/export.csv", produces = "text/csv")
    @Operation(summary = "All applications as CSV (UTF-8, RFC 4180)", description = COLUMNS_DOC)
    void export(CurrentUser user, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"applications.csv\"");
        Writer out = response.getWriter();
        CSVPrinter printer = ApplicationCsv.printer(out);
        tracker.forEach(user.id(), application -> {
            try {
                ApplicationCsv.print(printer, application);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import applications from CSV (multipart field `file`, at most 10 MB and 10,000 rows)",
            description = COLUMNS_DOC + " Every row is checked first; if any row is wrong nothing is imported and"
                    + " the answer is 422 with `imported: 0` and `errors: [{row, field, message}]`, where row counts"
                    + " the header as row 1. Otherwise 201 with `{imported, errors: []}`.")
    ImportResult importCsv(CurrentUser user, @RequestPart("file") MultipartFile file) throws IOException {
        ApplicationCsv.Parsed parsed;
        try (Reader reader = new InputStreamReader(
                file.getInputStream(),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            parsed = ApplicationCsv.parse(reader);
        }
        if (!parsed.errors().isEmpty()) {
            throw new ImportRejected(parsed.errors());
        }
        List<ApplicationFields> rows = new ArrayList<>();
        List<ApplicationCsv.RowError> errors = new ArrayList<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            ApplicationRules.Outcome outcome =
                    ApplicationRules.check(parsed.rows().get(i));
            long row = i + 2L;
            outcome.errors()
                    .forEach(error -> errors.add(new ApplicationCsv.RowError(row, error.field(), error.message())));
            if (outcome.fields() != null) {
                rows.add(outcome.fields());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return new ImportResult(tracker.importAll(user.id(), rows), List.of());
    }
}

package com.jobtracker.applications;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The CSV format of export and import (RFC 4180, UTF-8, header row first). Import columns, matched by header name in
 * any order, case-insensitively: {@code company_name, role_title, status, applied_date, source, job_url, location,
 * notes, next_action_date, job_id}; {@code company_name}, {@code role_title} and {@code applied_date} are required,
 * other columns (such as the {@code id, created_at, updated_at} that export adds) are ignored, so an export can be
 * imported again.
 */
final class ApplicationCsv {

    static final List<String> EXPORT_COLUMNS =
            concat(ApplicationRequest.FIELDS, List.of("id", "created_at", "updated_at"));
    static final List<String> REQUIRED_COLUMNS = List.of("company_name", "role_title", "applied_date");
    static final int MAX_ROWS = 10_000;

    private static final CSVFormat EXPORT = CSVFormat.RFC4180
            .builder()
            .setHeader(EXPORT_COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .get();

    private static final CSVFormat IMPORT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();

    private ApplicationCsv() {}

    /** One problem in an import; {@code row} counts records with the header as row 1, as a spreadsheet shows it. */
    record RowError(long row, @Nullable String field, String message) {}

    /** The parsed rows (header excluded, in file order) or, when the file itself is unusable, why. */
    record Parsed(List<ApplicationRequest> rows, List<RowError> errors) {}

    static CSVPrinter printer(Writer out) throws IOException {
        return new CSVPrinter(out, EXPORT);
    }

    static void print(CSVPrinter printer, ApplicationView a) throws IOException {
        printer.printRecord(
                cell(a.companyName()),
                cell(a.roleTitle()),
                a.status(),
                a.appliedDate(),
                a.source(),
                cell(a.jobUrl()),
                cell(a.location()),
                cell(a.notes()),
                a.nextActionDate(),
                cell(a.jobId()),
                a.id(),
                a.createdAt(),
                a.updatedAt());
    }

    static Parsed parse(Reader reader) {
        List<ApplicationRequest> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, IMPORT)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<RowError> missing = REQUIRED_COLUMNS.stream()
                    .filter(column -> !columns.containsKey(column))
                    .map(column -> new RowError(1, column, "column is missing from the header"))
                    .toList();
            if (!missing.isEmpty()) {
                return new Parsed(List.of(), missing);
            }
            long row = 1;
            for (CSVRecord record : parser) {
                row++;
                if (rows.size() == MAX_ROWS) {
                    return new Parsed(List.of(), List.of(new RowError(row, null, "at most " + MAX_ROWS + " rows")));
                }
                Map<String, @Nullable String> values = new HashMap<>();
                for (String field : ApplicationRequest.FIELDS) {
                    String header = columns.get(field);
                    values.put(field, header != null && record.isSet(header) ? uncell(record.get(header)) : null);
                }
                rows.add(ApplicationRequest.fromMap(values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports an unclosed quote or a duplicate header this way; its message names internals.
            return new Parsed(List.of(), List.of(new RowError(1, null, "the file is not UTF-8 CSV (RFC 4180)")));
        }
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of(new RowError(1, null, "the file has no application rows")));
        }
        return new Parsed(rows, List.of());
    }

    private static Map<String, String> columns(List<String> headerNames) {
        Map<String, String> columns = new HashMap<>();
        for (String name : headerNames) {
            String normalised = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(normalised, name);
        }
        return columns;
    }

    /**
     * A cell starting with = + - @ (or tab/CR) is a formula to a spreadsheet (CSV injection); a leading apostrophe
     * makes it text. Import removes that apostrophe again.
     */
    private static @Nullable String cell(@Nullable String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String uncell(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}

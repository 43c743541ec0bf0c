package com.jobtracker.applications;

import com.jobtracker.shared.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A CSV import with at least one bad row: nothing was imported, and every problem is listed with its row. */
final class ImportRejected extends ApiException {

    private final List<ApplicationCsv.RowError> rowErrors;

    ImportRejected(List<ApplicationCsv.RowError> rowErrors) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "import-rejected",
                "Import rejected",
                "Nothing was imported: " + rowErrors.size() + " problem(s) in the file; see errors.",
                List.of(),
                Map.of());
        this.rowErrors = List.copyOf(rowErrors);
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("imported", 0);
        problem.setProperty("errors", rowErrors);
        return problem;
    }
}

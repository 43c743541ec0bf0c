package com.jobtracker.resumes;

import com.jobtracker.auth.PersonalData;
import com.jobtracker.resumes.storage.ResumeStorage;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Export lists each resume's metadata and parsed fields; erasure removes the stored files. */
@Component
class ResumePersonalData implements PersonalData {

    private final ResumeRows rows;
    private final ResumeStorage files;

    ResumePersonalData(ResumeRows rows, ResumeStorage files) {
        this.rows = rows;
        this.files = files;
    }

    @Override
    public String section() {
        return "resumes";
    }

    @Override
    public Object export(UUID userId) {
        List<ResumeView> views =
                rows.all(userId).stream().map(row -> ResumeView.of(row, null)).toList();
        return views;
    }

    @Override
    public void erase(UUID userId) {
        rows.deleteAll(userId).forEach(files::delete);
    }
}

package com.jobtracker.resumes;

import com.jobtracker.auth.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/resume")
class ResumeController {

    private final ResumeIntake intake;

    ResumeController(ResumeIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ResumeView> upload(CurrentUser user, @RequestPart("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResumeRows.Row row = intake.upload(user.id(), file.getOriginalFilename(), content);
        return ResponseEntity.status(HttpStatus.CREATED).body(ResumeView.of(row, intake.embeddingModel()));
    }

    @GetMapping({"", "/"})
    ResumeView current(CurrentUser user) {
        return ResumeView.of(intake.current(user.id()), intake.embeddingModel());
    }

    @DeleteMapping({"", "/"})
    ResponseEntity<Void> delete(CurrentUser user) {
        intake.delete(user.id());
        return ResponseEntity.noContent().build();
    }
}

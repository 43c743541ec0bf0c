package com.jobtracker.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResumeApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.jobtracker.shared.JobTrackerProperties properties;

    private HttpApi.Response upload(Session session, String fileName, String partType, byte[] content) {
        Multipart body = Multipart.file("file", fileName, partType, content);
        return api.post("/api/v1/resume/upload")
                .bearer(session.accessToken())
                .bytes(body.contentType(), body.body())
                .send();
    }

    private static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("detail")).isNotBlank();
    }

    @Test
    void uploadsReadsAndDeletesAResume() {
        Session ada = signUp();
        HttpApi.Response created = upload(
                ada, "../../etc/ada\u202Efdp.pdf", "application/octet-stream", Documents.docx(HostileFilesTest.RESUME));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode resume = created.json();
        assertThat(resume.path("file_name").asString()).startsWith("ada").doesNotContain("/", "..", "\u202E");
        assertThat(resume.path("content_type").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(resume.path("contact").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(resume.path("contact").path("email").asString()).isEqualTo("ada@example.com");
        assertThat(resume.path("contact").path("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(resume.path("skills").toString()).contains("Java", "Spring Boot", "PostgreSQL");
        JsonNode job = resume.path("experience").get(0);
        assertThat(job.path("title").asString()).isEqualTo("Software Engineer");
        assertThat(job.path("company").asString()).isEqualTo("Analytical Engines Ltd");
        assertThat(job.path("start_date").asString()).isEqualTo("2020-01");
        assertThat(job.has("end_date")).isTrue();
        assertThat(job.path("end_date").isNull()).isTrue();
        assertThat(resume.path("education").get(0).path("institution").asString())
                .isEqualTo("University of London");

        HttpApi.Response current =
                api.get("/api/v1/resume").bearer(ada.accessToken()).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.text("id")).isEqualTo(resume.path("id").asString());

        assertThat(api.delete("/api/v1/resume").bearer(ada.accessToken()).send().status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/resume").bearer(ada.accessToken()).send(), 404);
        assertProblem(api.delete("/api/v1/resume").bearer(ada.accessToken()).send(), 404);
    }

    @Test
    void replacesTheOldResumeOnlyWhenTheNewOneParses() {
        Session ada = signUp();
        HttpApi.Response first = upload(ada, "first.pdf", "application/pdf", Documents.pdf(HostileFilesTest.RESUME));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        assertProblem(
                upload(ada, "broken.pdf", "application/pdf", Documents.encryptedPdf(HostileFilesTest.RESUME)), 422);
        assertThat(api.get("/api/v1/resume").bearer(ada.accessToken()).send().text("id"))
                .isEqualTo(first.text("id"));

        HttpApi.Response second =
                upload(ada, "second.docx", "application/pdf", Documents.docx(HostileFilesTest.RESUME));
        assertThat(second.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/resume").bearer(ada.accessToken()).send().text("id"))
                .isEqualTo(second.text("id"));
    }

    @Test
    void answersEachHostileFileWithItsDocumentedStatus() {
        Session ada = signUp();
        assertProblem(upload(ada, "empty.pdf", "application/pdf", new byte[0]), 422);
        assertProblem(
                upload(
                        ada,
                        "page.pdf",
                        "application/pdf",
                        "<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)),
                415);
        assertProblem(upload(ada, "bomb.docx", "application/octet-stream", Documents.docxBomb(200)), 422);
        assertProblem(
                upload(
                        ada,
                        "crowded.docx",
                        "application/octet-stream",
                        Documents.handMadeDocx(
                                Documents.DOCX_MAIN, Documents.BODY_START + "Ada" + Documents.BODY_END, 10_000)),
                422);
        HttpApi.Response encrypted =
                upload(ada, "locked.pdf", "application/pdf", Documents.encryptedPdf(HostileFilesTest.RESUME));
        assertProblem(encrypted, 422);
        assertThat(encrypted.text("detail")).contains("password");
        byte[] pdf = Documents.pdf(HostileFilesTest.RESUME);
        assertProblem(upload(ada, "cut.pdf", "application/pdf", java.util.Arrays.copyOf(pdf, 400)), 422);
        assertProblem(api.get("/api/v1/resume").bearer(ada.accessToken()).send(), 404);
    }

    @Test
    void refusesAFileOneByteOverTenMegabytes() {
        Session ada = signUp();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        assertProblem(upload(ada, "big.pdf", "application/pdf", big), 413);
    }

    @Test
    void rejectsARequestThatIsNotMultipart() {
        Session ada = signUp();
        assertProblem(
                api.post("/api/v1/resume/upload")
                        .bearer(ada.accessToken())
                        .json(List.of("not a file"))
                        .send(),
                415);
    }

    @Test
    void rejectsAnUploadWithoutTheFilePart() {
        Session ada = signUp();
        Multipart body =
                Multipart.file("document", "ada.pdf", "application/pdf", Documents.pdf(HostileFilesTest.RESUME));
        assertProblem(
                api.post("/api/v1/resume/upload")
                        .bearer(ada.accessToken())
                        .bytes(body.contentType(), body.body())
                        .send(),
                400);
    }

    @Test
    void exportsTheResumeAndErasesItsFileWithTheAccount() throws java.io.IOException {
        Session ada = signUp();
        assertThat(upload(ada, "ada.pdf", "application/pdf", Documents.pdf(HostileFilesTest.RESUME))
                        .status())
                .isEqualTo(201);
        java.nio.file.Path resumes = properties.dataDir().resolve("resumes");
        long before;
        try (var files = java.nio.file.Files.list(resumes)) {
            before = files.count();
        }

        HttpApi.Response export =
                api.get("/api/v1/auth/me/export").bearer(ada.accessToken()).send();
        assertThat(export.status()).isEqualTo(200);
        JsonNode exported = export.json().path("resumes").get(0);
        assertThat(exported.path("file_name").asString()).isEqualTo("ada.pdf");
        assertThat(exported.path("contact").path("email").asString()).isEqualTo("ada@example.com");

        assertThat(api.delete("/api/v1/auth/me")
                        .bearer(ada.accessToken())
                        .json(java.util.Map.of("password", PASSWORD))
                        .send()
                        .status())
                .isEqualTo(204);
        try (var files = java.nio.file.Files.list(resumes)) {
            assertThat(files.count()).isEqualTo(before - 1);
        }
    }

    @Test
    void requiresSignIn() {
        assertThat(api.get("/api/v1/resume").send().status()).isEqualTo(401);
    }

    @Test
    void keepsEachPersonsResumeToThemselves() {
        Session ada = signUp();
        Session bob = signUp();
        assertThat(upload(ada, "ada.pdf", "application/pdf", Documents.pdf(HostileFilesTest.RESUME))
                        .status())
                .isEqualTo(201);
        assertProblem(api.get("/api/v1/resume").bearer(bob.accessToken()).send(), 404);
        assertProblem(api.delete("/api/v1/resume").bearer(bob.accessToken()).send(), 404);
        assertThat(api.get("/api/v1/resume").bearer(ada.accessToken()).send().status())
                .isEqualTo(200);
    }
}

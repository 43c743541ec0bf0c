package com.jobtracker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.resumes.Documents;
import com.jobtracker.resumes.Multipart;
import com.jobtracker.testing.ApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The matcher over the real database: resume vectors stored with the resume, job vectors cached by content. */
class JobMatcherTest extends ApiTest {

    static final List<String> RESUME = List.of(
            "Ada Lovelace",
            "London, UK | ada@example.com | +44 20 7946 0958",
            "Summary",
            "Backend engineer with 6 years of experience in Java services.",
            "Experience",
            "Senior Software Engineer, Analytical Engines Ltd – London, UK Jan 2020 – Present",
            "• Built Java and Spring Boot services on PostgreSQL and Kafka",
            "Software Engineer, Difference Co – London, UK Jan 2017 – Dec 2019",
            "• Wrote Java microservices and REST APIs",
            "Education",
            "BSc in Mathematics, University of London 2013 – 2016");

    static final MatchableJob JAVA = new MatchableJob(
            "test:java",
            "Senior Java Engineer",
            "Acme",
            "Requirements\nJava, Spring Boot, PostgreSQL and Kafka\n5+ years of experience\nNice to have\nKubernetes",
            "London, UK",
            false);
    static final MatchableJob BAKER = new MatchableJob(
            "test:baker",
            "Pastry Chef",
            "Le Croissant",
            "Bake bread and pastries every morning. Food hygiene certificate required.",
            "Paris, France",
            false);

    @Autowired
    JobMatcher matcher;

    @Autowired
    JdbcClient jdbc;

    private void upload(Session session) {
        Multipart body = Multipart.file("file", "ada.pdf", "application/pdf", Documents.pdf(RESUME));
        assertThat(api.post("/api/v1/resume/upload")
                        .bearer(session.accessToken())
                        .bytes(body.contentType(), body.body())
                        .send()
                        .status())
                .isEqualTo(201);
    }

    private int count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Integer.class).single();
    }

    @Test
    void answersNothingWithoutAResume() {
        assertThat(matcher.rank(UUID.fromString(signUp().userId()), List.of(JAVA)))
                .isEmpty();
    }

    @Test
    void ranksTheFittingJobFirstWithConcreteReasons() {
        Session ada = signUp();
        upload(ada);
        List<JobMatch> matches = matcher.rank(UUID.fromString(ada.userId()), List.of(BAKER, JAVA))
                .orElseThrow();
        assertThat(matches).extracting(JobMatch::jobId).containsExactly("test:java", "test:baker");
        JobMatch java = matches.getFirst();
        assertThat(java.score()).isBetween(0, 100).isGreaterThan(matches.get(1).score());
        assertThat(java.reasons())
                .anySatisfy(reason -> assertThat(reason).contains("Java", "Spring Boot", "PostgreSQL", "Kafka"))
                .anySatisfy(reason -> assertThat(reason).contains("5+"))
                .anySatisfy(reason -> assertThat(reason).contains("London"));
    }

    @Test
    void keepsVectorsOfEachModelApartAndReembedsForANewOne() {
        Session ada = signUp();
        upload(ada);
        UUID resumeId = UUID.fromString(
                api.get("/api/v1/resume").bearer(ada.accessToken()).send().text("id"));
        // A vector from another model (as after switching providers) is neither used nor overwritten.
        jdbc.sql("""
                        insert into resume_embeddings (resume_id, provider, model, dimensions, content_hash, vector,
                                                       created_at)
                        values (?, 'openai', 'text-embedding-3-small', 3, '\\x00', '\\x0000803f0000000000000000', now())
                        """).param(resumeId).update();
        jdbc.sql("delete from resume_embeddings where resume_id = ? and provider = 'local'")
                .param(resumeId)
                .update();

        assertThat(matcher.rank(UUID.fromString(ada.userId()), List.of(JAVA)).orElseThrow())
                .singleElement()
                .satisfies(match -> assertThat(match.score()).isPositive());
        assertThat(count(
                        "select count(*) from resume_embeddings where resume_id = ? and provider = 'local'"
                                + " and dimensions = 384",
                        resumeId))
                .isEqualTo(1);
        assertThat(count("select count(*) from resume_embeddings where resume_id = ?", resumeId))
                .isEqualTo(2);
    }

    @Test
    void embedsEachJobTextOnceAndDropsResumeVectorsWithTheResume() {
        Session ada = signUp();
        upload(ada);
        UUID user = UUID.fromString(ada.userId());
        String resumeId =
                api.get("/api/v1/resume").bearer(ada.accessToken()).send().text("id");
        assertThat(count("select count(*) from resume_embeddings where resume_id = ?", UUID.fromString(resumeId)))
                .isEqualTo(1);
        MatchableJob unique = new MatchableJob(
                "test:" + UUID.randomUUID(), "Java Developer " + UUID.randomUUID(), null, "Java", null, true);
        List<JobMatch> first = matcher.rank(user, List.of(unique)).orElseThrow();
        int stored = count("select count(*) from job_embeddings");
        List<JobMatch> second = matcher.rank(user, List.of(unique)).orElseThrow();
        assertThat(count("select count(*) from job_embeddings")).isEqualTo(stored);
        assertThat(second).isEqualTo(first);

        assertThat(api.delete("/api/v1/resume").bearer(ada.accessToken()).send().status())
                .isEqualTo(204);
        assertThat(count("select count(*) from resume_embeddings where resume_id = ?", UUID.fromString(resumeId)))
                .isZero();
    }
}

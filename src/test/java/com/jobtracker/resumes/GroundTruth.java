package com.jobtracker.resumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a resume really says, read from the source its document was rendered from: RenderCV YAML or a JSON Resume.
 * Dates are {@code YYYY-MM} (or {@code YYYY}); an end of {@code null} means "present".
 */
record GroundTruth(
        String label,
        String name,
        String email,
        String phone,
        List<String> skills,
        List<Job> jobs,
        List<School> schools,
        JsonNode json) {

    record Job(String title, String company, String start, String end) {}

    record School(String degree, String field, String institution) {}

    static byte[] resource(String path) {
        try (InputStream in = GroundTruth.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static GroundTruth renderCv(String yamlPath) {
        Map<String, Object> root =
                new Yaml().load(new String(resource(yamlPath), java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> cv = (Map<String, Object>) root.get("cv");
        Map<String, Object> sections = (Map<String, Object>) cv.get("sections");
        List<Job> jobs = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) sections.get("experience")) {
            jobs.add(new Job(
                    (String) entry.get("position"),
                    (String) entry.get("company"),
                    month(String.valueOf(entry.get("start_date"))),
                    month(String.valueOf(entry.get("end_date")))));
        }
        List<School> schools = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) sections.get("education")) {
            schools.add(new School(
                    (String) entry.get("degree"), (String) entry.get("area"), (String) entry.get("institution")));
        }
        List<String> skills = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) sections.get("skills")) {
            for (String item : ((String) entry.get("details")).split(",")) {
                skills.add(item.strip());
            }
        }
        return new GroundTruth(
                yamlPath.substring(yamlPath.lastIndexOf('/') + 1).replace("_CV.yaml", ""),
                (String) cv.get("name"),
                (String) cv.get("email"),
                (String) cv.get("phone"),
                skills,
                jobs,
                schools,
                null);
    }

    static GroundTruth jsonResume(String path) {
        JsonNode root = JsonMapper.builder().build().readTree(resource(path));
        JsonNode basics = root.path("basics");
        List<String> skills = new ArrayList<>();
        root.path("skills").forEach(group -> group.path("keywords").forEach(k -> skills.add(k.asString())));
        List<Job> jobs = new ArrayList<>();
        root.path("work")
                .forEach(work -> jobs.add(new Job(
                        work.path("position").asString(),
                        work.path("name").asString(),
                        month(work.path("startDate").asString(null)),
                        month(work.path("endDate").asString(null)))));
        List<School> schools = new ArrayList<>();
        root.path("education")
                .forEach(school -> schools.add(new School(
                        school.path("studyType").asString(),
                        school.path("area").asString(),
                        school.path("institution").asString())));
        return new GroundTruth(
                path.substring(path.lastIndexOf('/') + 1).replace(".resume.json", ""),
                basics.path("name").asString(),
                basics.path("email").asString(),
                basics.path("phone").asString(null),
                skills,
                jobs,
                schools,
                root);
    }

    /** "2013-12-01" → "2013-12"; "present", null or blank → null. */
    static String month(String date) {
        if (date == null
                || date.isBlank()
                || date.equals("null")
                || date.toLowerCase(Locale.ROOT).equals("present")) {
            return null;
        }
        return date.length() >= 7 ? date.substring(0, 7) : date;
    }
}

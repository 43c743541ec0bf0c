package com.jobtracker.resumes;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Renders a JSON Resume into documents in three common layouts, so the parser meets the same facts arranged
 * differently: a one-column PDF with right-aligned dates, a DOCX with dates first and upper-case headings, and a
 * two-column PDF with a sidebar.
 */
final class Layouts {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Layouts() {}

    static byte[] classicPdf(JsonNode resume) {
        JsonNode basics = resume.path("basics");
        List<String> lines = new ArrayList<>();
        lines.add(basics.path("name").asString());
        lines.add(basics.path("email").asString() + " | " + basics.path("phone").asString() + " | "
                + basics.path("location").path("city").asString() + ", "
                + basics.path("location").path("region").asString());
        lines.add("Summary");
        lines.addAll(wrap(basics.path("summary").asString(), 95));
        lines.add("Experience");
        for (JsonNode work : resume.path("work")) {
            lines.add(
                    work.path("position").asString() + ", " + work.path("name").asString() + "\t"
                            + named(work.path("startDate").asString(null)) + " – "
                            + named(work.path("endDate").asString(null)));
            for (JsonNode highlight : work.path("highlights")) {
                wrapBullet(lines, highlight.asString(), 95);
            }
        }
        lines.add("Education");
        for (JsonNode school : resume.path("education")) {
            lines.add(school.path("studyType").asString() + " in "
                    + school.path("area").asString() + ", "
                    + school.path("institution").asString() + "\t"
                    + year(school.path("startDate").asString(null))
                    + " – " + year(school.path("endDate").asString(null)));
        }
        lines.add("Skills");
        for (JsonNode group : resume.path("skills")) {
            lines.add(group.path("name").asString() + ": " + join(group.path("keywords")));
        }
        return Documents.pdf(lines);
    }

    static byte[] dateFirstDocx(JsonNode resume) {
        JsonNode basics = resume.path("basics");
        List<String> lines = new ArrayList<>();
        lines.add("# " + basics.path("name").asString());
        lines.add("Phone: " + basics.path("phone").asString());
        lines.add("Email: " + basics.path("email").asString());
        lines.add("# PROFILE");
        lines.add(basics.path("summary").asString());
        lines.add("# WORK EXPERIENCE");
        for (JsonNode work : resume.path("work")) {
            lines.add(numeric(work.path("startDate").asString(null)) + " - "
                    + numeric(work.path("endDate").asString(null)));
            lines.add(
                    work.path("name").asString() + " — " + work.path("position").asString());
            for (JsonNode highlight : work.path("highlights")) {
                lines.add("- " + highlight.asString());
            }
        }
        lines.add("# EDUCATION");
        for (JsonNode school : resume.path("education")) {
            lines.add(year(school.path("startDate").asString(null)) + " - "
                    + year(school.path("endDate").asString(null)));
            lines.add(school.path("institution").asString());
            lines.add(school.path("studyType").asString() + ", "
                    + school.path("area").asString());
        }
        lines.add("# TECHNICAL SKILLS");
        List<String> keywords = new ArrayList<>();
        resume.path("skills").forEach(group -> group.path("keywords").forEach(k -> keywords.add(k.asString())));
        lines.add(String.join(", ", keywords));
        return Documents.docx(lines);
    }

    static byte[] twoColumnPdf(JsonNode resume) {
        JsonNode basics = resume.path("basics");
        List<String> lines = new ArrayList<>();
        lines.add(basics.path("name").asString());
        lines.add(basics.path("email").asString());
        lines.add(basics.path("phone").asString());
        lines.add(basics.path("location").path("city").asString());
        lines.add("Skills");
        resume.path("skills").forEach(group -> group.path("keywords").forEach(k -> lines.add(k.asString())));
        lines.add("Education");
        for (JsonNode school : resume.path("education")) {
            lines.add(school.path("studyType").asString());
            lines.add(school.path("area").asString());
            lines.add(school.path("institution").asString());
            lines.add(year(school.path("startDate").asString(null)) + " – "
                    + year(school.path("endDate").asString(null)));
        }
        lines.add(Documents.COLUMN_BREAK);
        lines.add("Summary");
        lines.addAll(wrap(basics.path("summary").asString(), 60));
        lines.add("Experience");
        for (JsonNode work : resume.path("work")) {
            lines.add(work.path("position").asString());
            lines.add(work.path("name").asString() + "\t"
                    + named(work.path("startDate").asString(null)) + " – "
                    + named(work.path("endDate").asString(null)));
            for (JsonNode highlight : work.path("highlights")) {
                wrapBullet(lines, highlight.asString(), 60);
            }
        }
        return Documents.pdf(lines);
    }

    private static String join(JsonNode keywords) {
        List<String> names = new ArrayList<>();
        keywords.forEach(k -> names.add(k.asString()));
        return String.join(", ", names);
    }

    private static String named(String date) {
        return date == null ? "Present" : YearMonth.parse(date.substring(0, 7)).format(MONTH_YEAR);
    }

    private static String numeric(String date) {
        return date == null ? "Present" : date.substring(5, 7) + "/" + date.substring(0, 4);
    }

    private static String year(String date) {
        return date == null ? "Present" : date.substring(0, 4);
    }

    private static void wrapBullet(List<String> lines, String text, int width) {
        List<String> wrapped = wrap(text, width - 2);
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(i == 0 ? "• " + wrapped.get(i) : wrapped.get(i));
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

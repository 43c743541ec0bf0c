package com.jobtracker.resumes.parsing;

import com.jobtracker.resumes.ResumeProfile;
import com.jobtracker.resumes.ResumeProfile.Contact;
import com.jobtracker.resumes.ResumeProfile.Education;
import com.jobtracker.resumes.ResumeProfile.Experience;
import com.jobtracker.resumes.SkillCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ResumeProfile} from extracted text. Deterministic and explainable: each field comes from a named
 * rule (a heading word, a date pattern, a title word, a separator), never from a model.
 */
public final class ResumeTextParser {

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)*+(?<=\\.[A-Za-z]{2,63})");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]?\\d{2,5}){1,5}(?![\\w])");
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![@\\w.-])(?:https?://[^\\s|,;·•]+|www\\.[^\\s|,;·•]+|(?:[a-z]{2,3}\\.)?(?:linkedin\\.com|github\\.com|"
                    + "gitlab\\.com|twitter\\.com|x\\.com|stackoverflow\\.com|behance\\.net|dribbble\\.com|medium\\.com)"
                    + "/[^\\s|,;·•]+|[a-z0-9-]+\\.(?:com|io|dev|me|org|net|ai|app|page|site)(?:/[^\\s|,;·•]*)?)(?![\\w@])");
    private static final Pattern NAME_LINE = Pattern.compile("^[\\p{L}][\\p{L}.'’ -]+$");

    private final SkillCatalog skills;

    public ResumeTextParser(SkillCatalog skills) {
        this.skills = skills;
    }

    public ResumeProfile parse(String text) {
        Map<Section, List<String>> sections = split(Lines.of(text));
        List<String> header = sections.getOrDefault(Section.HEADER, List.of());
        return new ResumeProfile(
                contact(header, text),
                summary(sections.getOrDefault(Section.SUMMARY, List.of())),
                skills(sections.getOrDefault(Section.SKILLS, List.of()), text),
                experience(sections.getOrDefault(Section.EXPERIENCE, List.of())),
                education(sections.getOrDefault(Section.EDUCATION, List.of())));
    }

    private static Map<Section, List<String>> split(List<String> lines) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = Section.HEADER;
        for (String line : lines) {
            var heading = Section.heading(line);
            if (heading.isPresent()) {
                current = heading.get();
                continue;
            }
            sections.computeIfAbsent(current, key -> new ArrayList<>()).add(line);
        }
        return sections;
    }

    private static Contact contact(List<String> header, String text) {
        String scope = header.isEmpty() ? text : String.join("\n", header);
        String email = first(EMAIL, scope);
        if (email == null) {
            email = first(EMAIL, text);
        }
        String phone = phone(scope);
        if (phone == null) {
            phone = phone(text.substring(0, Math.min(text.length(), 2_000)));
        }
        return new Contact(name(header), email, phone, links(scope));
    }

    /** The name line scores highest: letters only (+3), 2–4 words (+2), early (+1); a job title costs −3. */
    private static @Nullable String name(List<String> header) {
        String best = null;
        int bestScore = 0;
        for (int i = 0; i < Math.min(header.size(), 8); i++) {
            String line = header.get(i);
            int score = 0;
            if (NAME_LINE.matcher(line).matches()) {
                score += 3;
            } else {
                continue;
            }
            int words = Fields.words(line);
            if (words >= 2 && words <= 4) {
                score += 2;
            }
            if (i == 0) {
                score += 1;
            }
            if (Fields.hasTitleWord(line)) {
                score -= 3;
            }
            if (score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        if (best == null || bestScore < 4) {
            return null;
        }
        return best.equals(best.toUpperCase(Locale.ROOT)) ? titleCase(best) : best;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1))
                        .append(' ');
            }
        }
        return out.toString().strip();
    }

    private static @Nullable String phone(String scope) {
        Matcher matcher = PHONE.matcher(scope);
        while (matcher.find()) {
            String candidate = matcher.group().strip();
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits < 7 || digits > 15 || DateRange.find(candidate).isPresent() || looksLikeYears(candidate)) {
                continue;
            }
            return candidate;
        }
        return null;
    }

    private static boolean looksLikeYears(String candidate) {
        return candidate.matches("(?:(?:19|20)\\d{2}[\\s.-]*)+");
    }

    private static List<String> links(String scope) {
        SequencedSet<String> links = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(scope);
        while (matcher.find()) {
            String link = matcher.group().replaceAll("[.)]+$", "");
            if (!link.toLowerCase(Locale.ROOT).startsWith("http")) {
                link = "https://" + link;
            }
            links.add(link);
        }
        return List.copyOf(links);
    }

    private static @Nullable String summary(List<String> lines) {
        String summary = String.join(" ", lines.stream().map(Lines::stripBullet).toList())
                .strip();
        return summary.isEmpty() ? null : summary;
    }

    private List<String> skills(List<String> section, String text) {
        List<String> listed = skills.find(String.join("\n", section));
        return listed.isEmpty() ? skills.find(text) : listed;
    }

    private static List<Experience> experience(List<String> lines) {
        List<Experience> result = new ArrayList<>();
        for (Entries.Raw raw : Entries.group(lines, ResumeTextParser::looksLikeJobHeader, false)) {
            List<String> parts = new ArrayList<>();
            raw.header.forEach(line -> parts.addAll(Fields.jobParts(line)));
            String title = null;
            String company = null;
            List<String> location = new ArrayList<>();
            for (String part : parts) {
                if (title == null && Fields.hasTitleWord(part)) {
                    title = part;
                } else if (company == null) {
                    company = part;
                } else {
                    location.add(part);
                }
            }
            if (location.isEmpty() && raw.location != null) {
                location.add(raw.location);
            }
            String description = raw.body.isEmpty() ? null : String.join("\n", raw.body);
            result.add(new Experience(
                    title,
                    company,
                    location.isEmpty() ? null : String.join(", ", location),
                    raw.dates == null ? null : raw.dates.start(),
                    raw.dates == null ? null : raw.dates.end(),
                    description));
        }
        return result;
    }

    private static boolean looksLikeJobHeader(String line) {
        int words = Fields.words(line);
        if (words == 0 || words > 14 || Fields.isSentence(line) || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        return Fields.hasTitleWord(line) && words <= 10;
    }

    private static List<Education> education(List<String> lines) {
        List<Education> result = new ArrayList<>();
        for (Entries.Raw raw : Entries.group(lines, ResumeTextParser::looksLikeEducationHeader, true)) {
            String degree = null;
            String field = null;
            String institution = null;
            int degreePart = -1;
            List<String> parts = new ArrayList<>();
            raw.header.forEach(line -> parts.addAll(Fields.parts(line)));
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                Matcher degreeMatch = Fields.DEGREE.matcher(part);
                boolean hasDegree = degreeMatch.find();
                if (degree == null && hasDegree) {
                    degree = Fields.degreeOf(degreeMatch);
                    degreePart = i;
                    String after = part.substring(degreeMatch.end()).strip();
                    String before = part.substring(0, degreeMatch.start()).strip();
                    if (after.toLowerCase(Locale.ROOT).startsWith("in ")) {
                        field = after.substring(3).strip();
                    } else if (!after.isEmpty()
                            && Fields.INSTITUTION.matcher(after).find()) {
                        institution = institution == null ? after : institution;
                    } else if (!after.isEmpty()) {
                        field = after;
                    }
                    if (!before.isEmpty() && institution == null) {
                        institution = before;
                    }
                } else if (hasDegree && degreeMatch.start() == 0) {
                    // The degree repeated ("PhD Princeton University, PhD in Computer Science"): only its field is new.
                    String after = part.substring(degreeMatch.end()).strip();
                    if (field == null && after.toLowerCase(Locale.ROOT).startsWith("in ")) {
                        field = after.substring(3).strip();
                    }
                } else if (institution == null
                        && Fields.INSTITUTION.matcher(part).find()) {
                    institution = part;
                } else if (degree != null
                        && field == null
                        && part.toLowerCase(Locale.ROOT).startsWith("in ")) {
                    field = part.substring(3).strip();
                } else {
                    unknown.add(i);
                }
            }
            // What no rule claimed: the field if it directly follows the degree, else the institution.
            for (int i : unknown) {
                String part = parts.get(i);
                if (field == null && degree != null && i == degreePart + 1) {
                    field = part;
                } else if (institution == null) {
                    institution = part;
                }
            }
            if (degree == null && institution == null) {
                continue;
            }
            result.add(new Education(
                    degree,
                    field,
                    institution,
                    raw.dates == null ? null : raw.dates.start(),
                    raw.dates == null ? null : raw.dates.end()));
        }
        return result;
    }

    private static boolean looksLikeEducationHeader(String line) {
        if (Fields.words(line) > 16 || Fields.isSentence(line)) {
            return false;
        }
        return Fields.DEGREE.matcher(line).find()
                || Fields.INSTITUTION.matcher(line).find();
    }

    private static @Nullable String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }
}

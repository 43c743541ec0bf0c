package com.jobtracker.resumes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The bundled skills vocabulary ({@code resumes/skills.tsv}; sources and licences in {@code NOTICE}): canonical names
 * with aliases, found in free text on word boundaries. Short or ambiguous names ("Go", "R", "Ray") match only with
 * their exact case. Resumes and job postings both pass through it, so they compare on the same canonical names.
 */
public final class SkillCatalog {

    /** One vocabulary entry. */
    public record Skill(String name, String kind) {}

    private record Term(String text, String lowerText, Skill skill, Pattern pattern) {}

    private static final SkillCatalog BUNDLED = load();

    private final List<Term> terms;
    private final Map<String, Skill> byName;

    private SkillCatalog(List<Term> terms) {
        // Longer terms first, so "Spring Boot" claims its text before "Spring" can.
        this.terms = terms.stream()
                .sorted(Comparator.comparingInt((Term term) -> term.text().length())
                        .reversed()
                        .thenComparing(Term::text))
                .toList();
        this.byName =
                terms.stream().map(Term::skill).collect(Collectors.toMap(Skill::name, skill -> skill, (a, b) -> a));
    }

    public static SkillCatalog bundled() {
        return BUNDLED;
    }

    public int size() {
        return byName.size();
    }

    public Skill skill(String canonicalName) {
        return Objects.requireNonNull(byName.get(canonicalName), canonicalName);
    }

    /** Canonical names of the skills mentioned in {@code text}, in order of first mention. */
    public List<String> find(String text) {
        boolean[] claimed = new boolean[text.length()];
        record Hit(int position, String name) {}
        List<Hit> hits = new ArrayList<>();
        // A plain substring test first: most terms are absent, and it is far cheaper than a regex scan.
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Term term : terms) {
            if (!lower.contains(term.lowerText())) {
                continue;
            }
            Matcher matcher = term.pattern().matcher(text);
            while (matcher.find()) {
                if (!isClaimed(claimed, matcher.start(), matcher.end())) {
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        claimed[i] = true;
                    }
                    hits.add(new Hit(matcher.start(), term.skill().name()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        SequencedSet<String> names = new LinkedHashSet<>();
        hits.forEach(hit -> names.add(hit.name()));
        return List.copyOf(names);
    }

    private static boolean isClaimed(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    private static SkillCatalog load() {
        try (InputStream in = SkillCatalog.class.getResourceAsStream("/resumes/skills.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resumes/skills.tsv is missing from the classpath");
            }
            List<Term> terms = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                Skill skill = new Skill(columns[0], columns[1]);
                boolean caseSensitive = columns.length > 3 && columns[3].equals("cs");
                terms.add(term(columns[0], skill, caseSensitive));
                if (columns.length > 2 && !columns[2].isEmpty()) {
                    for (String alias : columns[2].split("\\|")) {
                        terms.add(term(alias, skill, caseSensitive));
                    }
                }
            }
            return new SkillCatalog(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term term(String text, Skill skill, boolean caseSensitive) {
        // Boundaries are "not part of a technical token": letters, digits and + # continue a token ("C" in "C++"),
        // a dot does only when another token character follows ("Node.js" but "… in Java.").
        String regex = "(?<![\\p{L}\\p{N}+#.])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}+#&-]|\\.[\\p{L}\\p{N}])";
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Term(text, text.toLowerCase(java.util.Locale.ROOT), skill, Pattern.compile(regex, flags));
    }
}

package com.jobtracker.jobs.search;

import com.jobtracker.jobs.Job;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The same posting seen on several boards becomes one job: same company, same title and same place once normalised
 * (case, accents, punctuation, legal-form suffixes and gender tags such as "(m/w/d)" ignored). The first source in
 * provider order keeps its id, so ids stay stable across refreshes; every source and apply link is kept.
 */
final class Dedup {

    private static final Pattern GENDER_TAG = Pattern.compile("\\((m|w|f|d|x|all|gn|h)(\\s*/\\s*(m|w|f|d|x|h))*\\)");
    private static final Pattern LEGAL_FORM =
            Pattern.compile("\\b(gmbh|ag|se|inc|llc|ltd|limited|co|corp|corporation|plc|bv|sa|sas|srl)\\b");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Dedup() {}

    static List<Job> merge(List<Job> jobs) {
        Map<String, Job> merged = new LinkedHashMap<>();
        for (Job job : jobs) {
            merged.merge(key(job), job, Job::mergedWith);
        }
        List<Job> result = new ArrayList<>(merged.values());
        result.sort(Comparator.comparing(Job::postedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return result;
    }

    static String key(Job job) {
        String place = job.location() == null ? "" : job.location().split("[,;]")[0];
        return normalise(LEGAL_FORM.matcher(clean(job.companyName())).replaceAll(" ")) + "|"
                + normalise(GENDER_TAG.matcher(clean(job.title())).replaceAll(" ")) + "|"
                + normalise(clean(place));
    }

    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String normalise(String text) {
        return NOT_ALNUM.matcher(text).replaceAll(" ").strip();
    }
}

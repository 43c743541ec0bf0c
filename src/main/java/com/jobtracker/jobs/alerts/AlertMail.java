package com.jobtracker.jobs.alerts;

import com.jobtracker.auth.Contacts;
import com.jobtracker.jobs.Job;
import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.shared.mail.Mailer;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Emails the new postings a search's runs found while its alerts were on. A posting is marked sent only after the
 * mail went out, so a failed send is retried with the run (JobRunr) instead of being lost.
 */
@Component
class AlertMail {

    private final SavedSearches searches;
    private final NewPostings postings;
    private final Contacts contacts;
    private final Mailer mailer;
    private final JobTrackerProperties settings;
    private final int listed;

    AlertMail(
            SavedSearches searches,
            NewPostings postings,
            Contacts contacts,
            Mailer mailer,
            JobTrackerProperties settings,
            AlertsProperties properties) {
        this.searches = searches;
        this.postings = postings;
        this.contacts = contacts;
        this.mailer = mailer;
        this.settings = settings;
        this.listed = properties.mailListed();
    }

    /** Answers how many postings the mail announced (0: nothing sent). */
    int sendPending(UUID userId, UUID searchId) {
        SavedSearchView search = searches.find(userId, searchId).orElse(null);
        if (search == null) {
            return 0;
        }
        if (!search.emailAlerts()) {
            postings.dropPendingMail(searchId);
            return 0;
        }
        List<NewPosting> pending = postings.pendingMail(searchId);
        if (pending.isEmpty()) {
            return 0;
        }
        contacts.find(userId).ifPresent(contact -> {
            String body = body(contact.fullName(), search, pending);
            mailer.send(contact.email(), subject(search, pending.size()), body, body);
        });
        postings.mailed(searchId, pending.stream().map(NewPosting::jobId).toList());
        return pending.size();
    }

    private static String subject(SavedSearchView search, int count) {
        return (count == 1 ? "1 new job" : count + " new jobs") + " for \"" + oneLine(search.name()) + "\"";
    }

    private String body(String fullName, SavedSearchView search, List<NewPosting> pending) {
        String lines = pending.stream().limit(listed).map(p -> line(p.job())).collect(Collectors.joining("\n"));
        int more = pending.size() - listed;
        return """
                Hello %s,

                %s your saved search "%s" (%s):

                %s

                See them in JobTracker: %s/#/jobs/searches/%s
                To stop these emails, switch off "Email me new jobs" for this alert under Jobs > Alerts.
                """.formatted(
                        oneLine(fullName),
                        pending.size() == 1 ? "A new job matches" : pending.size() + " new jobs match",
                        oneLine(search.name()),
                        criteria(search),
                        more > 0 ? lines + "\n\n…and " + more + " more." : lines,
                        settings.publicUrl(),
                        search.id());
    }

    private static String line(Job job) {
        StringBuilder line = new StringBuilder("- ")
                .append(oneLine(job.title()))
                .append(" — ")
                .append(oneLine(job.companyName()));
        if (job.location() != null && !job.location().isBlank()) {
            line.append(" (").append(oneLine(job.location())).append(')');
        } else if (job.isRemote()) {
            line.append(" (remote)");
        }
        String apply = applyLink(job);
        if (apply != null) {
            line.append("\n  Apply: ").append(apply);
        }
        return line.toString();
    }

    private static @Nullable String applyLink(Job job) {
        if (job.applyUrl() != null) {
            return job.applyUrl();
        }
        return job.applyLinks().isEmpty()
                ? job.sourceUrl()
                : job.applyLinks().getFirst().url();
    }

    private static String criteria(SavedSearchView search) {
        return search.location() == null ? search.query() : search.query() + " in " + search.location();
    }

    /** Board data is third-party text: one line each, so it cannot shape the mail. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

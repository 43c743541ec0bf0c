package com.jobtracker.applications;

import com.jobtracker.auth.Contacts;
import com.jobtracker.auth.PersonalData;
import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.shared.mail.Mailer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.stereotype.Component;

/**
 * The daily digest: at 07:00 UTC one job per subscriber is enqueued (so one failing mailbox is retried on its own),
 * and each sends the person's reminders, if there are any. Public because JobRunr calls it reflectively.
 */
@Component
public class ReminderDigest implements PersonalData {

    private final Reminders reminders;
    private final JobRequestScheduler scheduler;

    ReminderDigest(Reminders reminders, JobRequestScheduler scheduler) {
        this.reminders = reminders;
        this.scheduler = scheduler;
    }

    @Recurring(id = "reminder-digest", cron = "0 7 * * *")
    @Job(name = "Enqueue the daily reminder digests")
    public int enqueueDigests() {
        List<UUID> subscribers = reminders.digestSubscribers();
        subscribers.forEach(userId -> scheduler.enqueue(new SendDigest(userId)));
        return subscribers.size();
    }

    @Override
    public String section() {
        return "reminder_settings";
    }

    @Override
    public Object export(UUID userId) {
        return Map.of("daily_digest", reminders.wantsDailyDigest(userId));
    }

    public record SendDigest(UUID userId) implements JobRequest {
        @Override
        public Class<SendDigestHandler> getJobRequestHandler() {
            return SendDigestHandler.class;
        }
    }

    @Component
    public static class SendDigestHandler implements JobRequestHandler<SendDigest> {

        private final Reminders reminders;
        private final Contacts contacts;
        private final Mailer mailer;
        private final JobTrackerProperties settings;

        SendDigestHandler(Reminders reminders, Contacts contacts, Mailer mailer, JobTrackerProperties settings) {
            this.reminders = reminders;
            this.contacts = contacts;
            this.mailer = mailer;
            this.settings = settings;
        }

        @Override
        @Job(name = "Send a reminder digest", retries = 3)
        public void run(SendDigest request) {
            if (!reminders.wantsDailyDigest(request.userId())) {
                return;
            }
            List<Reminder> due = reminders.due(request.userId(), reminders.today());
            if (due.isEmpty()) {
                return;
            }
            contacts.find(request.userId()).ifPresent(contact -> {
                String lines = due.stream().map(r -> "- " + r.message()).collect(Collectors.joining("\n"));
                String body = """
                        Hello %s,

                        %s waiting for you in JobTracker today:

                        %s

                        Open your applications: %s/#/apps
                        To stop these emails, turn off the daily digest in your profile.
                        """.formatted(
                                contact.fullName(),
                                due.size() == 1 ? "one thing is" : due.size() + " things are",
                                lines,
                                settings.publicUrl());
                mailer.send(contact.email(), "Your JobTracker follow-ups for today", body, body);
            });
        }
    }
}

package com.jobtracker.auth;

import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Account emails run as JobRunr jobs (stored in PostgreSQL, retried with back-off, run once across instances).
 * The reset token is minted inside the job, so it never rests in plaintext in the job table; a retry mints a new
 * one, which also invalidates the old. Jobs are enqueued after the transaction that caused them commits.
 *
 * <p>The job requests and handlers are public because JobRunr instantiates and invokes them reflectively.
 */
@Component
public class AccountMailJobs {

    private final JobRequestScheduler scheduler;

    AccountMailJobs(JobRequestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    record PasswordResetRequested(UUID userId) {}

    record PasswordChanged(UUID userId) {}

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordResetRequested event) {
        scheduler.enqueue(new SendPasswordReset(event.userId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        scheduler.enqueue(new SendPasswordChanged(event.userId()));
    }

    public record SendPasswordReset(UUID userId) implements JobRequest {
        @Override
        public Class<SendPasswordResetHandler> getJobRequestHandler() {
            return SendPasswordResetHandler.class;
        }
    }

    public record SendPasswordChanged(UUID userId) implements JobRequest {
        @Override
        public Class<SendPasswordChangedHandler> getJobRequestHandler() {
            return SendPasswordChangedHandler.class;
        }
    }

    @Component
    public static class SendPasswordResetHandler implements JobRequestHandler<SendPasswordReset> {

        private final Users users;
        private final PasswordResets resets;
        private final AccountMail mail;

        SendPasswordResetHandler(Users users, PasswordResets resets, AccountMail mail) {
            this.users = users;
            this.resets = resets;
            this.mail = mail;
        }

        @Override
        @Job(name = "Send password reset email", retries = 5)
        public void run(SendPasswordReset request) {
            users.findById(request.userId()).ifPresent(user -> mail.sendPasswordReset(user, resets.create(user.id())));
        }
    }

    @Component
    public static class SendPasswordChangedHandler implements JobRequestHandler<SendPasswordChanged> {

        private final Users users;
        private final AccountMail mail;

        SendPasswordChangedHandler(Users users, AccountMail mail) {
            this.users = users;
            this.mail = mail;
        }

        @Override
        @Job(name = "Send password changed email", retries = 5)
        public void run(SendPasswordChanged request) {
            users.findById(request.userId()).ifPresent(mail::sendPasswordChanged);
        }
    }
}

package com.jobtracker.auth;

import com.jobtracker.shared.JobTrackerProperties;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends account emails after the transaction that caused them commits, off the request thread (so a known email does
 * not answer measurably slower than an unknown one). Without {@code spring.mail.host} the message is logged instead;
 * in the {@code prod} profile the log never shows the reset link.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final @Nullable JavaMailSender sender;
    private final JobTrackerProperties settings;
    private final boolean production;

    AccountMail(ObjectProvider<JavaMailSender> sender, JobTrackerProperties settings, Environment env) {
        this.sender = sender.getIfAvailable();
        this.settings = settings;
        this.production = env.acceptsProfiles(Profiles.of("prod"));
    }

    record PasswordResetRequested(String email, String fullName, String token) {}

    record PasswordChanged(String email, String fullName) {}

    @Async
    @TransactionalEventListener
    void on(PasswordResetRequested event) {
        URI link = UriComponentsBuilder.fromUri(settings.publicUrl())
                .path("/")
                .fragment("/reset-password?token=" + event.token())
                .build()
                .toUri();
        String body = """
                Hello %s,

                someone asked to reset the password of your JobTracker account. To choose a new password, open
                this link within 30 minutes:

                %s

                If it was not you, ignore this email: your password stays as it is.
                """.formatted(event.fullName(), link);
        send(event.email(), "Reset your JobTracker password", body, production ? "[reset link withheld]" : body);
    }

    @Async
    @TransactionalEventListener
    void on(PasswordChanged event) {
        String body = """
                Hello %s,

                the password of your JobTracker account was just changed, and every device was signed out.
                If it was not you, reset your password now and check your email account's security.
                """.formatted(event.fullName());
        send(event.email(), "Your JobTracker password was changed", body, body);
    }

    private void send(String to, String subject, String body, String loggable) {
        if (sender == null) {
            log.info("Mail (no SMTP server configured) to={} subject=\"{}\"\n{}", to, subject, loggable);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send \"{}\" mail: {}", subject, e.getMessage());
        }
    }
}

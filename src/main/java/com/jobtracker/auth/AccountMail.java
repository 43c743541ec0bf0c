package com.jobtracker.auth;

import com.jobtracker.shared.JobTrackerProperties;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes and sends account emails. Without {@code spring.mail.host} a message is logged instead; in the {@code prod}
 * profile the log never shows a reset link. A failure to send is thrown, so the background job that called this is
 * retried.
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

    void sendPasswordReset(User user, String token) {
        URI link = UriComponentsBuilder.fromUri(settings.publicUrl())
                .path("/")
                .fragment("/reset-password?token=" + token)
                .build()
                .toUri();
        String body = """
                Hello %s,

                someone asked to reset the password of your JobTracker account. To choose a new password, open
                this link within 30 minutes:

                %s

                If it was not you, ignore this email: your password stays as it is.
                """.formatted(user.fullName(), link);
        send(user.email(), "Reset your JobTracker password", body, production ? "[reset link withheld]" : body);
    }

    void sendPasswordChanged(User user) {
        String body = """
                Hello %s,

                the password of your JobTracker account was just changed, and every device was signed out.
                If it was not you, reset your password now and check your email account's security.
                """.formatted(user.fullName());
        send(user.email(), "Your JobTracker password was changed", body, body);
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
        sender.send(message);
    }
}

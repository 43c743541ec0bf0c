package com.jobtracker.auth;

import com.jobtracker.shared.JobTrackerProperties;
import com.jobtracker.shared.mail.Mailer;
import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Writes the account emails. In the {@code prod} profile the log never shows a reset link. */
@Component
class AccountMail {

    private final Mailer mailer;
    private final JobTrackerProperties settings;
    private final boolean production;

    AccountMail(Mailer mailer, JobTrackerProperties settings, Environment env) {
        this.mailer = mailer;
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
        mailer.send(to, subject, body, loggable);
    }
}

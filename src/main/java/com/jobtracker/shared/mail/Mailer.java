package com.jobtracker.shared.mail;

import com.jobtracker.shared.JobTrackerProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text email through {@code spring.mail.*}; without an SMTP host the message is written to the log
 * instead (the development default). A failure to send is thrown, so the background job calling this is retried.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final @Nullable JavaMailSender sender;
    private final JobTrackerProperties settings;

    Mailer(ObjectProvider<JavaMailSender> sender, JobTrackerProperties settings) {
        this.sender = sender.getIfAvailable();
        this.settings = settings;
    }

    /**
     * @param loggable what the log may show when no SMTP server is configured (e.g. the body without a secret link)
     */
    public void send(String to, String subject, String body, String loggable) {
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

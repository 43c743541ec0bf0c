package com.jobtracker.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server (GreenMail) received for one address. */
public final class Mailbox {

    private Mailbox() {}

    public record Mail(String subject, String body) {}

    public static List<Mail> of(String address) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(message -> new Mail(subject(message), body(message)))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

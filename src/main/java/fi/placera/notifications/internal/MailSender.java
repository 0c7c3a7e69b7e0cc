package fi.placera.notifications.internal;

/** Sends one plain-text e-mail; throws when the relay refuses it (the outbox then tries again later, see {@link Outbox}). */
public interface MailSender {

    void send(String recipient, String subject, String body);
}

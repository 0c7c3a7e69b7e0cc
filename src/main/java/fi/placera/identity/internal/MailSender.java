package fi.placera.identity.internal;

/** Sends one plain-text e-mail; throws when the relay refuses it (the outbox then tries again later). */
public interface MailSender {

    void send(String recipient, String subject, String body);
}

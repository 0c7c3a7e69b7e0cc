package fi.placera.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mail through the area's SMTP relay ({@code spring.mail.*}); present only when a relay is configured. */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpMailSender implements MailSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpMailSender(JavaMailSender mail, @Value("${placera.mail.from:placera@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }
}

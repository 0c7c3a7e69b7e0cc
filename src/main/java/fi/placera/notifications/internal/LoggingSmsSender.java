package fi.placera.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * No SMS provider: writes to the log that a text message would have gone, with the number's last digits only and
 * never the text (it may hold a link or a code), so that an installation without a provider loses nothing silently.
 */
@Component
@ConditionalOnProperty(name = "placera.sms.provider", havingValue = "log", matchIfMissing = true)
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phone, String text) {
        String end = phone.length() > 3 ? phone.substring(phone.length() - 3) : "";
        log.info("SMS not sent (no provider configured) to a number ending {}: {} characters", end, text.length());
    }
}

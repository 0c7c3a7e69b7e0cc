package fi.placera.notifications.internal;

/**
 * Sends one text message; throws when the provider refuses it (the outbox then tries again later). Which sender is
 * used is configuration: {@code placera.sms.provider=log} (the default, {@link LoggingSmsSender}) or {@code http}
 * ({@link HttpSmsSender}).
 */
public interface SmsSender {

    void send(String phone, String text);
}

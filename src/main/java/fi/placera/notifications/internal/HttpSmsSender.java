package fi.placera.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Text messages through an SMS provider's HTTP API: a JSON {@code {"to", "from", "text"}} posted to
 * {@code placera.sms.url} with the bearer token read from {@code placera.sms.token} (an environment variable, never
 * the database). A status other than 2xx throws, so the outbox tries again later. The shape fits the common providers'
 * "send one message" call; one that wants another shape gets an adapter of its own beside this one.
 */
@Component
@ConditionalOnProperty(name = "placera.sms.provider", havingValue = "http")
class HttpSmsSender implements SmsSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final URI url;
    private final String token;
    private final String from;

    HttpSmsSender(ObjectMapper json, @Value("${placera.sms.url}") URI url, @Value("${placera.sms.token}") String token,
            @Value("${placera.sms.from:Placera}") String from) {
        this.json = json;
        this.url = url;
        this.token = token;
        this.from = from;
    }

    @Override
    public void send(String phone, String text) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("to", phone, "from", from, "text", text))))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("SMS provider answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

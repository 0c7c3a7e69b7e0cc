package fi.placera.notifications.internal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Text messages through an SMS provider's HTTP API: a JSON {@code {"to", "from", "text"}} posted to
 * {@code placera.sms.url} with the bearer token read from {@code placera.sms.token} (an environment variable, never
 * the database). A status other than 2xx throws, so the outbox tries again later. The shape fits the common providers'
 * "send one message" call; one that wants another shape gets an adapter of its own beside this one.
 */
@Component
@ConditionalOnProperty(name = "placera.sms.provider", havingValue = "http")
class HttpSmsSender implements SmsSender {

    private final RestClient http;
    private final String from;

    HttpSmsSender(RestClient.Builder builder, @Value("${placera.sms.url}") String url,
            @Value("${placera.sms.token}") String token, @Value("${placera.sms.from:Placera}") String from) {
        this.http = builder.baseUrl(url).defaultHeader("Authorization", "Bearer " + token).build();
        this.from = from;
    }

    @Override
    public void send(String phone, String text) {
        http.post().contentType(MediaType.APPLICATION_JSON).body(Map.of("to", phone, "from", from, "text", text))
                .retrieve().toBodilessEntity();
    }
}

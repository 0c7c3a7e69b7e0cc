package fi.placera.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The SMS provider adapter against a provider's HTTP API served in the test: what it posts, and a refusal. */
class HttpSmsSenderTest {

    private HttpServer provider;
    private final List<String> received = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(202);

    @BeforeEach
    void startProvider() throws Exception {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/messages", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private HttpSmsSender sender() {
        return new HttpSmsSender(new ObjectMapper(),
                URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/messages"), "s3cret", "Placera");
    }

    @Test
    void postsTheMessageAsJsonWithTheBearerToken() {
        sender().send("+358401234567", "Muistutus tapaamisesta");
        assertThat(received).singleElement().satisfies(request -> assertThat(request)
                .startsWith("Bearer s3cret {").contains("\"to\":\"+358401234567\"", "\"from\":\"Placera\"",
                        "\"text\":\"Muistutus tapaamisesta\""));
    }

    @Test
    void aRefusalThrowsSoTheOutboxTriesAgain() {
        status.set(503);
        assertThatThrownBy(() -> sender().send("+358401234567", "x")).hasMessageContaining("503");
    }
}

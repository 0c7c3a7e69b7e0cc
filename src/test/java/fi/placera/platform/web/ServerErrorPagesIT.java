package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.PlaceraIT;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before Placera's filters run get Placera's error page and the same security headers as
 * every other page. Sent over a raw socket: HTTP clients normalise such paths before sending them.
 */
@PlaceraIT
class ServerErrorPagesIT {

    private static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-frame-options",
            "referrer-policy", "x-content-type-options", "cache-control", "pragma", "expires", "x-xss-protection");

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"/q/%00", "/login;jsessionid=x", "/clients/%2e%2e/x", "/api/v1/clients/%00"})
    void errorsMadeBeforeSpringCarryTheSecurityHeadersAndPlacerasPage(String path) throws IOException {
        Answer page = get("/login");
        Answer error = get(path);

        assertThat(error.status()).as(path).isBetween(400, 499);
        for (String header : SECURITY_HEADERS) {
            assertThat(error.headers().get(header)).as(path + " " + header).isNotNull()
                    .isEqualTo(page.headers().get(header));
        }
        assertThat(error.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
        if (path.startsWith("/api/")) {
            assertThat(error.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(error.body()).contains("\"status\":" + error.status());
        } else {
            assertThat(error.body()).contains("class=\"brand\"", "Placera", "/css/placera.css");
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    private Answer get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            String response = read.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
        }
    }
}

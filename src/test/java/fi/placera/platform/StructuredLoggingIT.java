package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logs (in tests as in production): one JSON object per line, carrying the request's correlation id. */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingIT {

    @LocalServerPort int port;
    @Autowired DemoUsers users;

    @Test
    void logLinesAreJsonWithTheRequestsCorrelationId(CapturedOutput output) throws Exception {
        WebSession browser = new WebSession(port);
        browser.logIn("admin", users);
        String correlationId = browser.get("/test-support/failure").headers().firstValue("X-Correlation-Id").orElseThrow();

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{"))
                .map(line -> read(json, line)).toList();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("failing on purpose");
            assertThat(line.path("correlation_id").asText()).isEqualTo(correlationId);
            assertThat(line.path("log").path("level").asText()).isEqualTo("WARN");
        });
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("log line is not JSON: " + line, e);
        }
    }
}

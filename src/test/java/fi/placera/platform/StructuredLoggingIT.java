package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
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
            assertThat(line.path("message").asString()).isEqualTo("failing on purpose");
            assertThat(line.path("correlation_id").asString()).isEqualTo(correlationId);
            assertThat(line.path("log").path("level").asString()).isEqualTo("WARN");
        });
    }

    /**
     * LG6 (decision 0046): carriage returns, line feeds and ANSI escapes typed into Placera never split a record,
     * forge another one or colour a terminal: the failed login is one JSON record, and the typed text is in none.
     */
    @Test
    void crLfAndAnsiEscapesInInputNeverSplitOrForgeALogRecord(CapturedOutput output) throws Exception {
        String forged = "intruder\r\n{\"message\":\"security event login_success\",\"forged\":true}\u001b[31m";
        new WebSession(port).logInWithPassword(forged, "väärä salasana\r\nrivi");

        // distinct: a record printed twice by a second console appender (see UnstorableInputIT) is still one record
        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).distinct().toList();
        ObjectMapper json = new ObjectMapper();
        assertThat(lines.stream().filter(line -> line.contains("security event login_failure")))
                .as("one record for the failed login").hasSize(1).allSatisfy(line -> read(json, line));
        assertThat(lines).noneMatch(line -> line.contains("\"forged\"") || line.contains("intruder"));
        assertThat(output.getOut()).doesNotContain("\u001b");
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("log line is not JSON: " + line, e);
        }
    }
}

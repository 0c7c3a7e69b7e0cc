package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.FailingController;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlaceraIT
class OperationsIT {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired DemoUsers users;
    WebSession admin;

    @BeforeEach
    void logIn() throws Exception {
        admin = new WebSession(port);
        admin.logIn("admin", users);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                new WebSession(port).get("/login"), admin.get("/"), admin.get("/admin/teams")}) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                    "script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        }
        assertThat(admin.get("/admin/teams").headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws Exception {
        String page = admin.get("/admin/teams").body();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=\"", "onclick=");
    }

    @Test
    void failureShowsAGenericPageWithTheCorrelationIdAndNothingInternal() throws Exception {
        HttpResponse<String> response = admin.get("/test-support/failure");
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Jokin meni vikaan", correlationId)
                .doesNotContain(FailingController.SECRET, "IllegalStateException", "fi.placera", "at org.");
    }

    @Test
    void apiFailureIsAProblemDetailWithoutInternals() throws Exception {
        HttpResponse<String> response = admin.get("/api/v1/test-support/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain(FailingController.SECRET, "IllegalStateException", "trace");
    }

    @Test
    void unknownPageIsTheGeneric404() throws Exception {
        HttpResponse<String> response = admin.get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sivua ei löydy");
    }

    @Test
    void correlationIdFromTheLoadBalancerIsKeptAndAForgedOneReplaced() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "lb-1234abcd").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.headers().firstValue("X-Correlation-Id")).hasValue("lb-1234abcd");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "fake\" level=ERROR message=forged").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("X-Correlation-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void healthIncludesTheDatabaseAndMetricsAreOnTheManagementPortOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String management = "http://127.0.0.1:" + managementPort + "/actuator/";
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(management + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "PostgreSQL");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(management + "prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests");
        for (String hidden : new String[] {"env", "heapdump", "beans", "loggers"}) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(management + hidden)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isIn(302, 401, 404);
            assertThat(refused.body()).doesNotContain("spring.", "java.", "placera");
        }
        assertThat(new WebSession(port).get("/actuator/health").statusCode()).isNotEqualTo(200);
    }
}

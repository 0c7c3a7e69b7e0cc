package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.Placera;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 31: while the embedded PostgreSQL is dead, pages answer "temporarily unavailable" (503) within seconds and
 * health says DOWN; Placera restarts the server itself and serves again without a restart; and it stops quickly,
 * the database last. A Placera of its own (durable server in its own data directory), as an operator runs it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

    /** The pool waits 5 s for a connection; the rest is headroom for a loaded build machine. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(15);
    private static final Map<String, String> HEADINGS = Map.of("fi", "Palvelu ei ole hetkeen käytettävissä",
            "sv", "Tjänsten är tillfälligt otillgänglig", "en", "Temporarily unavailable");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aDeadDatabaseGives503WithinSecondsAndPlaceraRecoversByItselfAndStopsQuickly(CapturedOutput output)
            throws Exception {
        ConfigurableApplicationContext placera = new SpringApplicationBuilder(Placera.class).profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--placera.audit.seal-interval=1h",
                        "--placera.database.data-directory=" + data.resolve("postgres"),
                        "--placera.test.throw-away-database=false");
        try {
            outageAndRecovery(placera, output);
        } finally {
            if (placera.isActive()) {
                placera.close();
            }
        }
    }

    private void outageAndRecovery(ConfigurableApplicationContext placera, CapturedOutput output) throws Exception {
        String site = "http://127.0.0.1:" + placera.getEnvironment().getProperty("local.server.port");
        String health = "http://127.0.0.1:" + placera.getEnvironment().getProperty("local.management.port")
                + "/actuator/health";
        assertThat(output.getOut()).contains(
                "Database durability: fsync=on, synchronous_commit=on, full_page_writes=on, data_checksums=on");
        assertThat(get(site + "/login", "fi").statusCode()).isEqualTo(200);

        EmbeddedServer server = placera.getBean(EmbeddedDatabase.class).server();
        new ProcessBuilder("kill", "-9", Long.toString(server.postmasterPid())).start().waitFor();
        // hold the server's port so that it stays unreachable (connections hang there, the worst case) for a while
        try (ServerSocket blackHole = bindWhenFree(server.port())) {
            for (String language : HEADINGS.keySet()) {
                long begin = System.nanoTime();
                HttpResponse<String> page = get(site + "/login", language);
                assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(FAIL_FAST);
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains(HEADINGS.get(language))
                        .contains(page.headers().firstValue("X-Correlation-Id").orElseThrow())
                        .doesNotContain("Exception").doesNotContain("org.postgresql").doesNotContain("at fi.placera");
            }
            long begin = System.nanoTime();
            HttpResponse<String> down = get(health, "en");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(FAIL_FAST);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get(site + "/login", "fi").statusCode() != 200) {
            assertThat(System.nanoTime()).as("serving again within 60 s, without a restart").isLessThan(deadline);
            Thread.sleep(500);
        }
        assertThat(get(health, "en").statusCode()).isEqualTo(200);

        long begin = System.nanoTime();
        placera.close();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).as("stop time").isLessThan(Duration.ofSeconds(15));
        assertThat(output.getOut()).containsIgnoringCase("Embedded PostgreSQL stopped")
                .doesNotContainIgnoringCase("destroy method");
    }

    private HttpResponse<String> get(String url, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ServerSocket bindWhenFree(int port) throws Exception {
        for (int attempt = 0; ; attempt++) {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            try {
                socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 50);
                return socket;
            } catch (BindException stillHeld) {
                socket.close();
                if (attempt == 50) {
                    throw stillHeld;
                }
                Thread.sleep(20);
            }
        }
    }
}

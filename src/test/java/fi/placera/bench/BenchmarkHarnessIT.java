package fi.placera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness (bench/run.sh, issue 10) at the demo scale for seconds, so that it cannot rot: it generates,
 * starts the packaged Placera, signs in, loads every measured page, and writes a results file with every PF figure.
 * The numbers of such a short run mean nothing; that each is there, and that the pages answered, does.
 */
class BenchmarkHarnessIT {

    private static final List<String> PAGES = List.of("floor_api_session", "my_week", "client_record",
            "employer_contact_submit", "team_view", "outcome_report_page");

    @Test
    void theHarnessRunsAtTheDemoScaleAndWritesEveryFigure() throws Exception {
        Path results = Files.createTempDirectory("placera-bench-smoke");
        ProcessBuilder run = new ProcessBuilder("bash", "bench/run.sh", "demo")
                .redirectErrorStream(true).redirectOutput(results.resolve("run.log").toFile());
        // no warm-up: the figures of a run this short mean nothing, that each is there does; so its Placeras (generate,
        // one start, decision 0092) run on the first JIT tier like the test JVMs, whose cores they share (decision 0047)
        run.environment().putAll(java.util.Map.of("BENCH_RESULTS", results.toString(), "BENCH_DURATION", "2s",
                "BENCH_WARMUP", "0", "BENCH_CONNECTIONS", "2", "BENCH_PORT", String.valueOf(freePortPair()),
                "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"));
        Process process = run.start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(results.resolve("run.log"));
        assertThat(finished).as("bench/run.sh demo finished within 8 minutes:\n%s", log).isTrue();
        assertThat(process.exitValue()).as("bench/run.sh demo exit status:\n%s", log).isZero();

        JsonNode figures = new ObjectMapper().readTree(new File(results.toFile(), LocalDate.now() + "-demo.json"));
        for (String page : PAGES) {
            JsonNode measured = figures.at("/pages/" + page);
            // each page answered 200 before it was measured (the harness checks); a few seconds may complete none
            assertThat(measured.path("requests").isNumber()).as(page + " requests").isTrue();
            assertThat(measured.path("errors").asLong() + measured.path("non_2xx_3xx").asLong()).as(page + " errors")
                    .isZero();
            assertThat(measured.path("p95_ms").isNumber()).as(page + " p95").isTrue();
        }
        for (String page : List.of("my_week", "client_record", "team_view", "outcome_report_page")) {
            JsonNode measured = figures.at("/pages_at_50_connections/" + page);
            assertThat(measured.path("p95_ms").isNumber()).as(page + " p95 at 50 connections").isTrue();
            assertThat(measured.path("errors").asLong() + measured.path("non_2xx_3xx").asLong())
                    .as(page + " errors at 50 connections").isZero();
        }
        assertThat(figures.at("/pages/employer_contact_submit/stored_during_warmup_and_run").asLong())
                .as("every submitted contact was stored").isPositive().isGreaterThanOrEqualTo(
                        figures.at("/pages/employer_contact_submit/requests").asLong());
        for (String figure : List.of("/start_to_first_page_ms", "/heap_after_gc_mb", "/audit_off/my_week/rps",
                "/audit_off/client_record/rps", "/outcome_report/team_year_app_ms", "/outcome_report/team_year_sql_ms",
                "/outcome_report/area_year_app_ms", "/outcome_report/area_year_sql_ms",
                "/outcome_report/national_year_app_ms", "/outcome_report/national_year_sql_ms")) {
            assertThat(figures.at(figure).isNumber()).as(figure + " in " + figures).isTrue();
        }
        assertThat(Files.readString(results.resolve(LocalDate.now() + ".md"))).contains("## demo", "PF-audit", "PF-report");
    }

    /**
     * A port whose next one is free too (run.sh serves management there), below Linux's ephemeral range: a port the
     * kernel hands out (ServerSocket(0)) has a neighbour that the next outgoing connection of any process may take.
     */
    private static int freePortPair() throws IOException {
        for (int port = 20000 + new Random().nextInt(6000) * 2; ; port += 2) {
            try (ServerSocket first = new ServerSocket(port); ServerSocket second = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                if (port > 32000) {
                    throw taken;
                }
            }
        }
    }
}

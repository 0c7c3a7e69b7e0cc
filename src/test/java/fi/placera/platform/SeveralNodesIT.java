package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import fi.placera.Placera;
import fi.placera.audit.AccessLog;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.notifications.internal.MailSender;
import fi.placera.notifications.internal.Outbox;
import fi.placera.research.internal.Extracts;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several Placera nodes on one PostgreSQL (issue 31 §4, decision 0038): the test's own application is node A; nodes
 * B and C are two more applications started here on A's database as their external server, as production nodes
 * behind a load balancer would be. What the scaling document claims is proved here, not described.
 */
@PlaceraIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    @Autowired HikariDataSource database;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired AccessLog accessLog;
    @LocalServerPort int portA;

    /** Mail each node's relay was asked to send, by recipient, and how many times. */
    private final Map<String, AtomicInteger> mailSent = new ConcurrentHashMap<>();
    private ConfigurableApplicationContext nodeB;
    private ConfigurableApplicationContext nodeC;

    @BeforeAll
    void startTwoMoreNodes() throws Exception {
        // one after the other: two applications preparing their logging at once in one JVM race in Spring Boot's
        // logging system ("Unable to find Spring Environment in logger context")
        nodeB = startNode();
        nodeC = startNode();
    }

    @AfterAll
    void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeC}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    /**
     * A node on node A's database, with a relay of its own that counts what it is asked to send (slowly, so that two
     * nodes delivering at once overlap), and scheduled jobs that wait until the test calls them.
     */
    private ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(Placera.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("countingRelay",
                        (MailSender) (recipient, subject, body) -> {
                            pause(2);
                            mailSent.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                        }))
                // arguments, not default properties: application.properties names an (empty) external database
                .run("--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                        // node A has migrated the shared database
                        "--spring.flyway.enabled=false",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--placera.research.expiry-initial-delay=1h",
                        "--placera.mail.delivery-interval=50ms");
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    @Order(1)
    void aUserSignedInOnOneNodeContinuesOnAnother() throws Exception {
        WebSession onA = signedInOnA();

        for (int port : new int[] {portOf(nodeB), portOf(nodeC)}) {
            HttpResponse<String> week = onA.continuedOn(port).get("/week");
            assertThat(week.statusCode()).as("my week on port %d", port).isEqualTo(200);
            assertThat(week.body()).doesNotContain("name=\"password\"");
        }
    }

    /**
     * A coach signed in on node A. Only A signs in: the test's authenticator codes follow A's test clock, which tests
     * move forward, and the other nodes' clocks do not follow it; what is shown is that the session then works on
     * every node.
     */
    private WebSession signedInOnA() throws Exception {
        WebSession onA = new WebSession(portA);
        assertThat(onA.logIn("coach3", users).headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        return onA;
    }

    @Test
    @Order(2)
    void eachMailIsSentOnceWhenNodesDeliverTogether() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Outbox outboxB = nodeB.getBean(Outbox.class);
        Outbox outboxC = nodeC.getBean(Outbox.class);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String recipient = "nodes-" + batch + "-" + i + "@example.fi";
            recipients.add(recipient);
            outboxB.toAddress(recipient, Locale.forLanguageTag("fi"), Kind.LOGIN_CODE, List.of("12345678", "10"));
        }
        ExecutorService delivering = Executors.newFixedThreadPool(4);
        List<Future<?>> rounds = new ArrayList<>();
        for (Outbox outbox : List.of(outboxB, outboxC, outboxB, outboxC)) {
            rounds.add(delivering.submit(() -> {
                while (unsent(batch) > 0) {
                    outbox.deliver();
                }
            }));
        }
        for (Future<?> round : rounds) {
            round.get(3, TimeUnit.MINUTES);
        }
        delivering.shutdown();

        assertThat(recipients).allSatisfy(recipient ->
                assertThat(mailSent.get(recipient)).as(recipient).hasValue(1));
        assertThat(unsent(batch)).isZero();
    }

    private int unsent(String batch) {
        return jdbc.sql("select count(*) from mail_outbox where recipient like ? and sent_at is null")
                .param("nodes-" + batch + "-%").query(Integer.class).single();
    }

    @Test
    @Order(3)
    void aStartingNodeLeavesTheJobsOfALiveNodeAloneAndFailsThoseOfADeadOne() throws Exception {
        long study = studyOfArea17();
        UUID live = job(study, "node-still-beating", Instant.now());
        UUID dead = job(study, "node-that-died", Instant.now().minusSeconds(600));
        Path work = Path.of(nodeC.getEnvironment().getRequiredProperty("placera.research.work-dir"));
        Path liveFolder = Files.createDirectories(work.resolve("extract-" + live + ".work"));
        Path deadFolder = Files.createDirectories(work.resolve("extract-" + dead + ".work"));

        nodeC.getBean(Extracts.class).failInterrupted();

        assertThat(stateOf(live)).isEqualTo("RUNNING");
        assertThat(liveFolder).exists();
        assertThat(stateOf(dead)).isEqualTo("FAILED");
        assertThat(deadFolder).doesNotExist();
    }

    @Test
    @Order(4)
    void aScheduledJobRunsOncePerPeriodAcrossNodes() throws Exception {
        long study = studyOfArea17();
        UUID first = readyJobFinishedLongAgo(study);
        // a new period: node A's own scheduled run (a minute after it started) may still hold the last one
        jdbc.sql("update shedlock set lock_until = now() where name = 'research-expiry'").update();
        nodeB.getBean(Extracts.class).expireOldFilesOnSchedule();
        assertThat(stateOf(first)).isEqualTo("EXPIRED");

        // within the same period the job is not run again, on this node or another
        UUID second = readyJobFinishedLongAgo(study);
        nodeC.getBean(Extracts.class).expireOldFilesOnSchedule();
        nodeB.getBean(Extracts.class).expireOldFilesOnSchedule();
        assertThat(stateOf(second)).isEqualTo("READY");
        assertThat(jdbc.sql("select lock_until > now() from shedlock where name = 'research-expiry'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    @Order(5)
    void readsOnEveryNodeAreSealedIntoOneUnbrokenChain() throws Exception {
        WebSession onA = signedInOnA();
        List<WebSession> sessions = List.of(onA, onA.continuedOn(portOf(nodeB)), onA.continuedOn(portOf(nodeC)));
        ExecutorService reading = Executors.newFixedThreadPool(3);
        List<Future<?>> readers = new ArrayList<>();
        for (WebSession session : sessions) {
            readers.add(reading.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    assertThat(session.get("/clients").statusCode()).isEqualTo(200);
                }
                return null;
            }));
        }
        for (Future<?> reader : readers) {
            reader.get(3, TimeUnit.MINUTES);
        }
        reading.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (accessLog.verify().unsealedRows() > 0 && System.nanoTime() < deadline) {
            pause(200);
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    @Order(6)
    void stoppingANodeLosesNoSessionAndNoWrite() throws Exception {
        WebSession onC = signedInOnA().continuedOn(portOf(nodeC));
        JsonNode session = new ObjectMapper().readTree(onC.get("/api/v1/session").body());
        String name = "Solmu Oy " + UUID.randomUUID();
        HttpResponse<String> created = onC.postJson("/api/v1/employers",
                "{\"details\": {\"name\": \"" + name + "\", \"sector\": \"Palvelut\"}}",
                session.get("csrfHeader").asString(), session.get("csrfToken").asString());
        assertThat(created.statusCode()).isEqualTo(201);

        nodeC.close();

        WebSession onA = onC.continuedOn(portA);
        HttpResponse<String> employers = onA.get("/employers");
        assertThat(employers.statusCode()).isEqualTo(200);
        assertThat(employers.body()).contains(name);
    }

    private long studyOfArea17() {
        long study = jdbc.sql("""
                        insert into research_study (name, basis_kind, basis_reference, period_from, period_to,
                            date_handling, linkage_permitted, created_by, created_at)
                        select ?, 'CONSENT', 'THL/1/2026', date '2025-01-01', date '2025-12-31', 'MONTH', false, id, now()
                        from user_account where username = 'admin'
                        returning id""")
                .param("Nodes " + UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("insert into research_study_area (study_id, area_id) values (?, 17)").param(study).update();
        return study;
    }

    private UUID job(long study, String node, Instant heartbeat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into research_extract (id, study_id, kind, area_ids, requested_by, requested_at, state,
                            owner_node, heartbeat_at)
                        select ?, ?, 'EXTRACT', '{17}', id, now() - interval '1 hour', 'RUNNING', ?, ?
                        from user_account where username = 'evaluator'""")
                .params(id, study, node, Timestamp.from(heartbeat)).update();
        return id;
    }

    private UUID readyJobFinishedLongAgo(long study) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into research_extract (id, study_id, kind, area_ids, requested_by, requested_at, state,
                            file_name, sha256, finished_at)
                        select ?, ?, 'EXTRACT', '{17}', id, now() - interval '40 days', 'READY', ?, repeat('a', 64),
                            now() - interval '40 days'
                        from user_account where username = 'evaluator'""")
                .params(id, study, "extract-" + id + ".zip").update();
        return id;
    }

    private String stateOf(UUID job) {
        return jdbc.sql("select state from research_extract where id = ?").param(job).query(String.class).single();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

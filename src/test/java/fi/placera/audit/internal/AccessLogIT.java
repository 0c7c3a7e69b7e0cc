package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessLogEntry;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.audit.ChainVerification;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PlaceraIT
class AccessLogIT {

    private static final short POHJANMAA = 17;

    @Autowired AccessLog accessLog;
    @Autowired AccessLogSealer sealer;
    @Autowired JdbcClient jdbc;
    @Autowired @FlywayDataSource DataSource ownerDataSource;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired ApplicationContext context;

    private static AccessRecord view(UUID client, String purpose) {
        return AccessRecord.read(UUID.randomUUID(), "coach1", "COACH", "POH-IPS1", POHJANMAA, client,
                "ACTION_PLAN", purpose, AccessAction.VIEW, AccessOutcome.GRANTED);
    }

    private ChainVerification sealAndVerify() {
        for (int attempt = 0; attempt < 50 && accessLog.verify().unsealedRows() > 0; attempt++) {
            sealer.seal();
        }
        return accessLog.verify();
    }

    /** The benchmark's switch of the read log exists only in the benchmark profile (on a generated database). */
    @Test
    void outsideTheBenchmarkNothingCanSwitchTheReadLogOff() {
        assertThat(context.getBeansOfType(BenchmarkReadLogEndpoint.class)).isEmpty();
    }

    @Test
    void everyRecordIsOneRowAndTheClientSeesOnlyTheirOwn() {
        UUID client = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        accessLog.record(view(client, "follow-up"));
        accessLog.record(view(other, "follow-up"));
        accessLog.record(AccessRecord.disclosure(null, "coach1", "COACH", "POH-IPS1", POHJANMAA, client,
                "VOCATIONAL_PROFILE", "job application", "Employer Oy", "consent 42"));

        List<AccessLogEntry> entries = accessLog.accessesOfClient(POHJANMAA, client,
                Instant.now().minus(730, ChronoUnit.DAYS));
        assertThat(entries).hasSize(2).extracting(AccessLogEntry::action)
                .containsExactly(AccessAction.DISCLOSURE, AccessAction.VIEW);
        assertThat(entries.get(0).recipient()).isEqualTo("Employer Oy");
        assertThat(accessLog.accessesOfClient((short) 1, client, Instant.EPOCH)).isEmpty();
    }

    @Test
    void aDisclosureWithoutRecipientOrLegalBasisCannotBeRecorded() {
        assertThatThrownBy(() -> AccessRecord.disclosure(null, "coach1", "COACH", null, POHJANMAA, UUID.randomUUID(),
                "PLAN", "export", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationCannotChangeOrRemoveLogRows() {
        accessLog.record(view(UUID.randomUUID(), "immutable"));
        sealAndVerify();
        for (String statement : List.of("update access_log set purpose = 'changed'", "delete from access_log",
                "truncate access_log", "update access_log_seal set row_hash = null", "delete from access_log_seal")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void sealedChainIsIntactAndATamperedRowBreaksIt() {
        UUID client = UUID.randomUUID();
        accessLog.record(view(client, "before tampering"));
        accessLog.record(view(UUID.randomUUID(), "a later row"));
        assertThat(sealAndVerify().intact()).isTrue();

        JdbcClient owner = JdbcClient.create(ownerDataSource);
        long id = owner.sql("select id from access_log where client_id = ?").param(client).query(Long.class).single();
        long seq = owner.sql("select seq from access_log_seal where log_id = ?").param(id).query(Long.class).single();
        owner.sql("update access_log set purpose = 'nothing to see' where id = ?").param(id).update();
        try {
            ChainVerification tampered = accessLog.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            owner.sql("update access_log set purpose = 'before tampering' where id = ?").param(id).update();
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheChain() {
        UUID client = UUID.randomUUID();
        accessLog.record(view(client, "to be deleted"));
        sealAndVerify();
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        long id = owner.sql("select id from access_log where client_id = ?").param(client).query(Long.class).single();
        owner.sql("create table tamper_saved as select * from access_log where id = ?").param(id).update();
        owner.sql("delete from access_log where id = ?").param(id).update();
        try {
            assertThat(accessLog.verify().intact()).isFalse();
        } finally {
            owner.sql("insert into access_log overriding system value select * from tamper_saved").update();
            owner.sql("drop table tamper_saved").update();
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    void sealersRunningAtTheSameTimeNeverForkTheChain() throws Exception {
        for (int i = 0; i < 200; i++) {
            accessLog.record(view(UUID.randomUUID(), "concurrent sealing"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<?>> sealers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // the scheduled entry point, as on several nodes at once
            sealers.add(pool.submit(sealer::sealPeriodically));
        }
        for (java.util.concurrent.Future<?> result : sealers) {
            result.get();
        }
        pool.shutdown();
        assertThat(sealAndVerify().intact()).isTrue();
    }

    @Test
    void adminPageReportsTheChain() throws Exception {
        sealAndVerify();
        mvc.perform(get("/admin/audit").with(users.as("admin")).locale(java.util.Locale.ENGLISH))
                .andExpect(content().string(Matchers.containsString("The access log is intact")));
    }
}

package fi.placera.audit.internal;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessLogEntry;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.audit.ChainVerification;
import fi.placera.platform.persistence.BatchColumns;
import fi.placera.platform.web.CorrelationIdFilter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The access log in PostgreSQL. */
@Service
class JdbcAccessLog implements AccessLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAccessLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainVerifier verifier;
    private final AccessLogSealer sealer;
    /**
     * Off only while the benchmark measures what logging every read costs (PF-audit), through
     * {@link BenchmarkReadLogEndpoint}, which exists only in the benchmark profile on a generated database.
     */
    private volatile boolean readsLogged = true;

    JdbcAccessLog(JdbcClient jdbc, Clock clock, ChainVerifier verifier, AccessLogSealer sealer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.verifier = verifier;
        this.sealer = sealer;
    }

    boolean readsLogged() {
        return readsLogged;
    }

    /** The benchmark's switch, said loudly in the log whenever it turns. */
    void logReads(boolean logged) {
        readsLogged = logged;
        if (logged) {
            log.warn("BENCHMARK MODE ended: reads of client data are written to the access log again.");
        } else {
            log.warn("BENCHMARK MODE: reads of client data are NOT written to the access log. Never run like this "
                    + "with real data.");
        }
    }

    @Override
    public void record(AccessRecord access) {
        recordAll(List.of(access));
    }

    @Override
    public void recordAll(List<AccessRecord> accesses) {
        List<AccessRecord> written = !readsLogged
                ? accesses.stream().filter(access -> access.action() == AccessAction.DISCLOSURE).toList()
                : accesses;
        if (written.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        // one statement for the request's rows (a coach's week logs a row per client), in the order given
        jdbc.sql("""
                        insert into access_log (occurred_at, account_id, username, role, org_unit, area_id, client_id,
                                                data_kind, purpose, action, outcome, break_glass, recipient,
                                                legal_basis, correlation_id)
                        select ?, t.account_id, t.username, t.role, t.org_unit, t.area_id, t.client_id, t.data_kind,
                               t.purpose, t.action, t.outcome, t.break_glass, t.recipient, t.legal_basis, ?
                        from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::smallint[], ?::uuid[], ?::text[],
                                    ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[])
                             with ordinality as t (account_id, username, role, org_unit, area_id, client_id, data_kind,
                                                   purpose, action, outcome, break_glass, recipient, legal_basis, n)
                        order by t.n""")
                .params(now, correlationId, BatchColumns.of(written, AccessRecord::accountId),
                        BatchColumns.of(written, AccessRecord::username), BatchColumns.of(written, AccessRecord::role),
                        BatchColumns.of(written, AccessRecord::orgUnit), BatchColumns.of(written, AccessRecord::areaId),
                        BatchColumns.of(written, AccessRecord::clientId),
                        BatchColumns.of(written, AccessRecord::dataKind), BatchColumns.of(written, AccessRecord::purpose),
                        BatchColumns.of(written, AccessRecord::action), BatchColumns.of(written, AccessRecord::outcome),
                        BatchColumns.of(written, AccessRecord::breakGlass),
                        BatchColumns.of(written, AccessRecord::recipient),
                        BatchColumns.of(written, AccessRecord::legalBasis))
                .update();
    }

    @Override
    public List<AccessLogEntry> accessesOfClient(short areaId, UUID clientId, Instant since) {
        return jdbc.sql("""
                        select occurred_at, username, role, org_unit, data_kind, purpose, action, outcome, break_glass,
                               recipient, legal_basis
                        from access_log
                        where client_id = ? and area_id = ? and occurred_at >= ?
                        order by occurred_at desc, id desc""")
                .params(clientId, areaId, Timestamp.from(since))
                .query((rs, row) -> new AccessLogEntry(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("role"), rs.getString("org_unit"),
                        rs.getString("data_kind"), rs.getString("purpose"), AccessAction.valueOf(rs.getString("action")),
                        AccessOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("break_glass"),
                        rs.getString("recipient"), rs.getString("legal_basis")))
                .list();
    }

    @Override
    public long sealPending() {
        return sealer.sealAll();
    }

    @Override
    public ChainVerification verify() {
        return verifier.verify();
    }
}

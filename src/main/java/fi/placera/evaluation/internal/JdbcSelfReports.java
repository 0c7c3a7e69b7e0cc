package fi.placera.evaluation.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;

import fi.placera.evaluation.SelfReports;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-evaluations and interim reports in PostgreSQL, saved at the version read. */
@Service
class JdbcSelfReports implements SelfReports {

    private static final String COLUMNS = """
            select id, version, ips_team_id, kind, period_from, period_to, what_worked, for_whom, circumstances,
                   barriers, changes_made
            from evaluation_self_report""";

    private final JdbcClient jdbc;

    JdbcSelfReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public UUID save(SelfReport report, UUID idempotencyKey, UUID savedBy) {
        present(report.kind(), "kind");
        LocalDate from = present(report.from(), "from");
        if (present(report.to(), "to").isBefore(from)) {
            throw new Rejection("to", "evaluation.period.reversed");
        }
        String worked = optional(report.whatWorked(), LONG_TEXT, "whatWorked");
        String forWhom = optional(report.forWhom(), LONG_TEXT, "forWhom");
        String circumstances = optional(report.circumstances(), LONG_TEXT, "circumstances");
        String barriers = optional(report.barriers(), LONG_TEXT, "barriers");
        String changes = optional(report.changesMade(), LONG_TEXT, "changesMade");
        if (report.id() == null) {
            UUID id = UUID.randomUUID();
            int stored = jdbc.sql("""
                            insert into evaluation_self_report (id, ips_team_id, kind, period_from, period_to,
                                what_worked, for_whom, circumstances, barriers, changes_made, version, updated_by,
                                idempotency_key)
                            values (:id, :team, :kind, :from, :to, :worked, :forWhom, :circumstances, :barriers,
                                :changes, 0, :by, :key)
                            on conflict (idempotency_key) do nothing""")
                    .param("id", id).param("team", report.ipsTeamId()).param("kind", report.kind().name())
                    .param("from", from).param("to", report.to()).param("worked", worked).param("forWhom", forWhom)
                    .param("circumstances", circumstances).param("barriers", barriers).param("changes", changes)
                    .param("by", savedBy).param("key", idempotencyKey).update();
            return stored == 1 ? id : jdbc.sql("select id from evaluation_self_report where idempotency_key = :key")
                    .param("key", idempotencyKey).query(UUID.class).single();
        }
        int updated = jdbc.sql("""
                        update evaluation_self_report set kind = :kind, period_from = :from, period_to = :to,
                            what_worked = :worked, for_whom = :forWhom, circumstances = :circumstances,
                            barriers = :barriers, changes_made = :changes, version = version + 1, updated_by = :by
                        where id = :id and ips_team_id = :team and version = :version""")
                .param("kind", report.kind().name()).param("from", from).param("to", report.to())
                .param("worked", worked).param("forWhom", forWhom).param("circumstances", circumstances)
                .param("barriers", barriers).param("changes", changes).param("by", savedBy).param("id", report.id())
                .param("team", report.ipsTeamId()).param("version", report.version()).update();
        if (updated == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        return report.id();
    }

    @Override
    public Optional<SelfReport> find(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::row).optional();
    }

    @Override
    public List<SelfReport> ofTeam(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where ips_team_id = :team order by period_to desc, period_from desc")
                .param("team", ipsTeamId).query(this::row).list();
    }

    private SelfReport row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SelfReport(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                Kind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}

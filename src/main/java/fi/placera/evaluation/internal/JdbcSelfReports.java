package fi.placera.evaluation.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;

import fi.placera.evaluation.SelfReports;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-evaluations and interim reports in PostgreSQL, saved at the version read, read-only once submitted. */
@Service
class JdbcSelfReports implements SelfReports {

    static final String READ_ONLY = "evaluation.self-report.read-only";

    private static final String COLUMNS = """
            select r.id, r.version, r.ips_team_id, r.area_id, r.kind, r.period_from, r.period_to, r.what_worked,
                   r.for_whom, r.circumstances, r.barriers, r.changes_made, r.state, r.submitted_at, r.acknowledged_at
            from evaluation_self_report r""";
    private static final String LATEST_FIRST = " order by r.period_to desc, r.period_from desc, r.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSelfReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
                            insert into evaluation_self_report (id, ips_team_id, area_id, kind, period_from, period_to,
                                what_worked, for_whom, circumstances, barriers, changes_made, version, updated_by,
                                idempotency_key)
                            values (:id, :team, :area, :kind, :from, :to, :worked, :forWhom, :circumstances, :barriers,
                                :changes, 0, :by, :key)
                            on conflict (idempotency_key) do nothing""")
                    .param("id", id).param("team", report.ipsTeamId()).param("area", report.areaId())
                    .param("kind", report.kind().name())
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
                        where id = :id and ips_team_id is not distinct from cast(:team as uuid) and area_id = :area
                          and version = :version and state = 'DRAFT'""")
                .param("kind", report.kind().name()).param("from", from).param("to", report.to())
                .param("worked", worked).param("forWhom", forWhom).param("circumstances", circumstances)
                .param("barriers", barriers).param("changes", changes).param("by", savedBy).param("id", report.id())
                .param("team", report.ipsTeamId()).param("area", report.areaId()).param("version", report.version())
                .update();
        if (updated == 0) {
            throw refusal(report.id());
        }
        return report.id();
    }

    @Override
    @Transactional
    public void submit(UUID id, int version, UUID submittedBy) {
        int updated = jdbc.sql("""
                        update evaluation_self_report set state = 'SUBMITTED', submitted_at = :now,
                            submitted_by = :by, version = version + 1, updated_by = :by
                        where id = :id and version = :version and state = 'DRAFT'""")
                .param("now", Timestamp.from(clock.instant())).param("by", submittedBy).param("id", id)
                .param("version", version).update();
        if (updated == 0) {
            throw refusal(id);
        }
        // an area's report keeps the team reports it showed when it was submitted
        jdbc.sql("""
                        insert into evaluation_self_report_part (area_report_id, team_report_id)
                        select a.id, t.id from evaluation_self_report a
                        join evaluation_self_report t on t.area_id = a.area_id and t.ips_team_id is not null
                             and t.kind = a.kind and t.state <> 'DRAFT'
                             and t.period_from <= a.period_to and t.period_to >= a.period_from
                        where a.id = :id and a.ips_team_id is null""")
                .param("id", id).update();
    }

    @Override
    @Transactional
    public void acknowledge(UUID id, UUID acknowledgedBy) {
        int updated = jdbc.sql("""
                        update evaluation_self_report set state = 'ACKNOWLEDGED', acknowledged_at = :now,
                            acknowledged_by = :by, version = version + 1
                        where id = :id and state = 'SUBMITTED'""")
                .param("now", Timestamp.from(clock.instant())).param("by", acknowledgedBy).param("id", id).update();
        if (updated == 0) {
            throw new Rejection(null, "evaluation.self-report.not-submitted");
        }
    }

    /** Why a write found nothing to change: the report was submitted meanwhile, or someone saved it first. */
    private Rejection refusal(UUID id) {
        boolean submitted = find(id).map(found -> !found.draft()).orElse(false);
        return new Rejection(null, submitted ? READ_ONLY : AggregateWrites.CONFLICT);
    }

    @Override
    public Optional<SelfReport> find(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where r.id = :id").param("id", id).query(this::row).optional();
    }

    @Override
    public Assembled assembled(SelfReport report) {
        if (!report.ofArea()) {
            return new Assembled(report, List.of());
        }
        if (!report.draft()) {
            // sql-reviewed: COLUMNS and LATEST_FIRST are constants, values are parameters
            return new Assembled(report, jdbc.sql(COLUMNS + "\n" + """
                             join evaluation_self_report_part p on p.team_report_id = r.id
                            where p.area_report_id = :id""" + LATEST_FIRST)
                    .param("id", report.id()).query(this::row).list());
        }
        // sql-reviewed: COLUMNS and LATEST_FIRST are constants, values are parameters
        return new Assembled(report, jdbc.sql(COLUMNS + "\n" + """
                         where r.area_id = :area and r.ips_team_id is not null and r.kind = :kind
                           and r.state <> 'DRAFT' and r.period_from <= :to and r.period_to >= :from""" + LATEST_FIRST)
                .param("area", report.areaId()).param("kind", report.kind().name()).param("from", report.from())
                .param("to", report.to()).query(this::row).list());
    }

    @Override
    public List<SelfReport> ofTeam(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS and LATEST_FIRST are constants, values are parameters
        return jdbc.sql(COLUMNS + " where r.ips_team_id = :team" + LATEST_FIRST)
                .param("team", ipsTeamId).query(this::row).list();
    }

    @Override
    public List<SelfReport> ofArea(short areaId) {
        // sql-reviewed: COLUMNS and LATEST_FIRST are constants, values are parameters
        return jdbc.sql(COLUMNS + " where r.area_id = :area and r.ips_team_id is null" + LATEST_FIRST)
                .param("area", areaId).query(this::row).list();
    }

    @Override
    public List<SelfReport> submittedIn(Collection<Short> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        // sql-reviewed: COLUMNS and LATEST_FIRST are constants, values are parameters
        return jdbc.sql(COLUMNS + " where r.area_id in (:areas) and r.state <> 'DRAFT'" + LATEST_FIRST)
                .param("areas", areaIds).query(this::row).list();
    }

    private SelfReport row(ResultSet rs, int row) throws SQLException {
        return new SelfReport(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getShort(4),
                Kind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                State.valueOf(rs.getString(13)), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

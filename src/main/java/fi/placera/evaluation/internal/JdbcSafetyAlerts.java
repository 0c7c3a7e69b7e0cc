package fi.placera.evaluation.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.required;

import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.evaluation.SafetyAlerts;
import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Safety alerts in PostgreSQL: raised in the transaction that submits the response, closed by the team. */
@Service
class JdbcSafetyAlerts implements SafetyAlerts {

    private static final String COLUMNS = """
            select id, client_id, ips_team_id, response_id, instrument_code, item_code, value, raised_on,
                   closed_at is not null, contacted_client, informed_care_team, action_on, note
            from evaluation_safety_alert""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;

    JdbcSafetyAlerts(JdbcClient jdbc, Clock clock, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
    }

    /**
     * Raises an alert for each safety item of a client's response whose answer reaches its threshold, and tells the
     * coach by e-mail that an urgent task waits (only that: nothing of whom or why leaves Placera).
     */
    void raise(Response response, Map<String, String> answers) {
        if (response.clientId() == null) {
            return;
        }
        int raised = 0;
        for (Item item : response.instrument().definition().safetySignals(answers)) {
            raised += jdbc.sql("""
                            insert into evaluation_safety_alert (id, area_id, ips_team_id, client_id, response_id,
                                instrument_code, item_code, value, raised_on, raised_at)
                            values (:id, :area, :team, :client, :response, :instrument, :item, :value, :today, :now)
                            on conflict (response_id, item_code) do nothing""")
                    .param("id", UUID.randomUUID()).param("area", response.areaId())
                    .param("team", response.ipsTeamId()).param("client", response.clientId())
                    .param("response", response.id()).param("instrument", response.instrument().code())
                    .param("item", item.code()).param("value", Integer.parseInt(answers.get(item.code()).strip()))
                    .param("today", LocalDate.now(clock)).param("now", Timestamp.from(Instant.now(clock))).update();
        }
        if (raised > 0) {
            notifications.toCoachOf(response.clientId(), Kind.URGENT_TASK);
        }
    }

    @Override
    public List<Alert> ofClient(UUID clientId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where client_id = :client order by raised_at desc")
                .param("client", clientId).query(this::row).list();
    }

    @Override
    public List<Alert> openIn(Collection<UUID> ipsTeamIds) {
        if (ipsTeamIds.isEmpty()) {
            return List.of();
        }
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where ips_team_id = any (:teams) and closed_at is null order by raised_at")
                .param("teams", ipsTeamIds.toArray(UUID[]::new)).query(this::row).list();
    }

    @Override
    public Optional<Alert> find(UUID clientId, UUID alertId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where id = :id and client_id = :client")
                .param("id", alertId).param("client", clientId).query(this::row).optional();
    }

    @Override
    @Transactional
    public void close(UUID alertId, Closing closing, UUID closedBy) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        Alert alert = jdbc.sql(COLUMNS + " where id = :id for update").param("id", alertId).query(this::row)
                .optional().orElseThrow(() -> new Rejection(null, "evaluation.safety.gone"));
        if (!alert.open()) {
            throw new Rejection(null, "evaluation.safety.already-closed");
        }
        if (!closing.contactedClient() && !closing.informedCareTeam()) {
            throw new Rejection("action", "evaluation.safety.action-needed");
        }
        LocalDate day = notInFuture(closing.actionOn(), clock, "actionOn");
        if (day.isBefore(alert.raisedOn())) {
            throw new Rejection("actionOn", "evaluation.safety.before-alert");
        }
        String note = required(closing.note(), MAX_NOTE, "note");
        jdbc.sql("""
                        update evaluation_safety_alert
                        set closed_at = :now, closed_by = :by, contacted_client = :contacted,
                            informed_care_team = :informed, action_on = :day, note = :note
                        where id = :id""")
                .param("now", Timestamp.from(Instant.now(clock))).param("by", closedBy)
                .param("contacted", closing.contactedClient()).param("informed", closing.informedCareTeam())
                .param("day", day).param("note", note).param("id", alertId).update();
    }

    private Alert row(ResultSet rs, int row) throws SQLException {
        Closing closing = rs.getBoolean(9) ? new Closing(rs.getBoolean(10), rs.getBoolean(11),
                rs.getObject(12, LocalDate.class), rs.getString(13)) : null;
        return new Alert(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getInt(7),
                rs.getObject(8, LocalDate.class), closing);
    }
}

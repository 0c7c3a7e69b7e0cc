package fi.placera.support.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.platform.Rejection;
import fi.placera.support.FollowAlongSupport;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-along support in PostgreSQL; whether a due is met comes from the view support_due_status, never stored. */
@Service
class JdbcFollowAlongSupport implements FollowAlongSupport {

    private static final int NOTE = 4000;
    private static final int SUPPORTS = 2000;
    private static final int REASON = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ContinuingSupport continuing;

    JdbcFollowAlongSupport(JdbcClient jdbc, Clock clock, ContinuingSupport continuing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.continuing = continuing;
    }

    @Override
    public List<Due> schedule(UUID clientId) {
        return jdbc.sql("""
                        select id, job_id, kind, window_from, due_on, met, cancelled, cancel_reason
                        from support_due_status where client_id = ? order by due_on, kind""")
                .param(clientId)
                .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        DueKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6), rs.getBoolean(7), rs.getString(8)))
                .list();
    }

    @Override
    public void record(Contact contact) {
        notInFuture(contact.contactedOn(), clock, "supportContactedOn");
        if (contact.withWhom() == null || contact.withWhom().isEmpty()) {
            throw new Rejection("withWhom", "support.with.required");
        }
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     natural_supports, note, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), contact.clientId(), contact.areaId(), contact.contactedOn(), contact.onTheJob(),
                        contact.withWhom().stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                        optional(contact.naturalSupports(), SUPPORTS, "naturalSupports"),
                        optional(contact.note(), NOTE, "supportNote"), contact.recordedBy(), contact.idempotencyKey())
                .update();
    }

    @Override
    public List<Contact> contacts(UUID clientId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, contacted_on, on_the_job, with_whom, natural_supports,
                               note, recorded_by
                        from support_contact where client_id = ? order by contacted_on desc, id""")
                .param(clientId)
                .query((rs, row) -> contact(rs))
                .list();
    }

    @Override
    public void move(UUID clientId, UUID dueId, LocalDate newDueOn) {
        present(newDueOn, "newDueOn");
        if (newDueOn.isBefore(LocalDate.now(clock))) {
            throw new Rejection("newDueOn", "support.move.past");
        }
        int moved = jdbc.sql("""
                        update support_due set window_from = ? - (due_on - window_from), due_on = ?
                        where id = ? and client_id = ? and not cancelled""")
                .params(newDueOn, newDueOn, dueId, clientId).update();
        if (moved == 0) {
            throw new Rejection(null, "support.due.unknown");
        }
    }

    @Override
    public void cancel(UUID clientId, UUID dueId, String reason) {
        String why = required(reason, REASON, "cancelReason");
        Due due = schedule(clientId).stream().filter(found -> found.id().equals(dueId)).findFirst()
                .orElseThrow(() -> new Rejection(null, "support.due.unknown"));
        if (due.kind() == DueKind.AFTER_START) {
            throw new Rejection("cancelReason", "support.cancel.at-start");
        }
        jdbc.sql("update support_due set cancelled = true, cancel_reason = ? where id = ? and client_id = ?")
                .params(why, dueId, clientId).update();
    }

    @Override
    @Transactional
    public void taper(UUID clientId, short areaId, LocalDate decidedOn, int everyMonths, String reason,
            UUID recordedBy) {
        notInFuture(decidedOn, clock, "taperedOn");
        if (everyMonths < 2 || everyMonths > 6) {
            throw new Rejection("everyMonths", "support.taper.months");
        }
        String why = required(reason, SUPPORTS, "taperReason");
        jdbc.sql("""
                        insert into support_tapering (id, client_id, area_id, decided_on, every_months, reason, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), clientId, areaId, decidedOn, everyMonths, why, recordedBy).update();
        List<Due> later = schedule(clientId).stream()
                .filter(due -> due.kind() == DueKind.MONTHLY && !due.cancelled() && due.dueOn().isAfter(decidedOn))
                .toList();
        for (int i = 0; i < later.size(); i++) {
            if ((i + 1) % everyMonths != 0) {
                jdbc.sql("update support_due set cancelled = true, cancel_reason = ? where id = ?")
                        .params("tapering: " + why, later.get(i).id()).update();
            }
        }
    }

    @Override
    public Optional<Continuing> continuing(UUID clientId) {
        return Optional.ofNullable(continuing.of(List.of(clientId), LocalDate.now(clock)).get(clientId));
    }

    /** The dues after the end are cancelled, as a tapering decision cancels the ones it leaves out. */
    @Override
    @Transactional
    public void endByClient(UUID clientId, short areaId, LocalDate endedOn, String how, UUID recordedBy) {
        notInFuture(endedOn, clock, "supportEndedOn");
        String said = required(how, REASON, "supportEndHow");
        jdbc.sql("""
                        insert into support_end (id, client_id, area_id, ended_on, how, recorded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), clientId, areaId, endedOn, said, recordedBy).update();
        jdbc.sql("""
                        update support_due set cancelled = true, cancel_reason = ?
                        where client_id = ? and not cancelled and window_from > ?""")
                .params("support ended by the client: " + said, clientId, endedOn).update();
    }

    @Override
    public Optional<End> endedByClient(UUID clientId) {
        return jdbc.sql("select ended_on, how from support_end where client_id = ? order by ended_on desc, id limit 1")
                .param(clientId)
                .query((rs, row) -> new End(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .optional();
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getShort(3),
                rs.getObject(4, LocalDate.class), rs.getBoolean(5), with(rs.getArray(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, UUID.class));
    }

    private static Set<With> with(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(With::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(With.class)));
    }
}

package fi.placera.support.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.Revisers;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.support.FollowAlongSupport;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    /** The kind of record in the history of corrections and voids. */
    static final String RECORD_KIND = "SUPPORT_CONTACT";
    /** The form fields of a new contact and of a correction: a refusal points at the form it came from. */
    private static final Fields NEW = new Fields("supportContactedOn", "withWhom", "naturalSupports", "supportNote");
    private static final Fields CORRECTED = new Fields("correctedContactedOn", "correctedWithWhom",
            "correctedNaturalSupports", "correctedNote");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ContinuingSupport continuing;
    private final Revisers revisers;
    private final RecordRevisions revisions;

    JdbcFollowAlongSupport(JdbcClient jdbc, Clock clock, ContinuingSupport continuing, Revisers revisers,
            RecordRevisions revisions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.continuing = continuing;
        this.revisers = revisers;
        this.revisions = revisions;
    }

    private record Fields(String day, String withWhom, String naturalSupports, String note) {
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
        Correction checked = checked(new Correction(contact.contactedOn(), contact.onTheJob(), contact.withWhom(),
                contact.naturalSupports(), contact.note()), NEW);
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     natural_supports, note, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), contact.clientId(), contact.areaId(), checked.contactedOn(),
                        checked.onTheJob(), array(checked.withWhom()), checked.naturalSupports(), checked.note(),
                        contact.recordedBy(), contact.idempotencyKey())
                .update();
    }

    @Override
    @Transactional
    public void correct(PlaceraUser user, ClientSummary client, UUID contactKey, int version, Correction correction,
            String reason) {
        Revisable contact = revisable(user, client, contactKey);
        String why = RecordRevisions.reason(reason, "correctionReason");
        Correction to = checked(correction, CORRECTED);
        List<Previous> previous = replaced(contact.contact(), to);
        int updated = jdbc.sql("""
                        update support_contact set contacted_on = ?, on_the_job = ?, with_whom = ?::text[],
                                                   natural_supports = ?, note = ?, version = version + 1
                        where idempotency_key = ? and client_id = ? and version = ? and voided_at is null""")
                .params(to.contactedOn(), to.onTheJob(), array(to.withWhom()), to.naturalSupports(), to.note(),
                        contactKey, client.id(), version)
                .update();
        revised(updated, new NewRevision(RECORD_KIND, contact.id(), client.id(), client.areaId(), Action.CORRECTED,
                previous, why, user.accountId()));
    }

    @Override
    @Transactional
    public void voidContact(PlaceraUser user, ClientSummary client, UUID contactKey, int version, String reason) {
        Revisable revisable = revisable(user, client, contactKey);
        Contact contact = revisable.contact();
        String why = RecordRevisions.reason(reason, "voidReason");
        int updated = jdbc.sql("""
                        update support_contact set voided_at = ?, version = version + 1
                        where idempotency_key = ? and client_id = ? and version = ? and voided_at is null""")
                .params(Timestamp.from(clock.instant()), contactKey, client.id(), version)
                .update();
        revised(updated, new NewRevision(RECORD_KIND, revisable.id(), client.id(), client.areaId(), Action.VOIDED,
                List.of(new Previous("contactedOn", contact.contactedOn().toString()),
                        new Previous("onTheJob", String.valueOf(contact.onTheJob())),
                        new Previous("withWhom", text(contact.withWhom()))),
                why, user.accountId()));
    }

    @Override
    public List<Revision> revisionsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    /** A contact as listed, with the row id its history names. */
    private record Revisable(UUID id, Contact contact) {
    }

    /** The client's contact, not voided, when the user recorded it or leads the client's team. */
    private Revisable revisable(PlaceraUser user, ClientSummary client, UUID contactKey) {
        UUID id = jdbc.sql("select id from support_contact where idempotency_key = ? and client_id = ? and voided_at is null")
                .params(contactKey, client.id()).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        Contact contact = contacts(client.id()).stream().filter(c -> c.idempotencyKey().equals(contactKey))
                .findFirst().orElseThrow();
        revisers.checkMayRevise(user, client, contact.recordedBy());
        return new Revisable(id, contact);
    }

    /** The contact as it may be stored: not in the future, with someone, texts within their limits. */
    private Correction checked(Correction contact, Fields fields) {
        notInFuture(contact.contactedOn(), clock, fields.day());
        if (contact.withWhom() == null || contact.withWhom().isEmpty()) {
            throw new Rejection(fields.withWhom(), "support.with.required");
        }
        return new Correction(contact.contactedOn(), contact.onTheJob(), contact.withWhom(),
                optional(contact.naturalSupports(), SUPPORTS, fields.naturalSupports()),
                optional(contact.note(), NOTE, fields.note()));
    }

    /** The fields the correction changes, each with the value it replaces. */
    private static List<Previous> replaced(Contact was, Correction to) {
        return new Replaced().field("contactedOn", was.contactedOn(), to.contactedOn())
                .field("onTheJob", was.onTheJob(), to.onTheJob())
                .field("withWhom", text(was.withWhom()), text(to.withWhom()))
                .field("naturalSupports", was.naturalSupports(), to.naturalSupports())
                .field("note", was.note(), to.note()).orNothingChanged();
    }

    /** Keeps the revision of a versioned update; none updated means someone changed the contact in between. */
    private void revised(int updated, NewRevision revision) {
        if (updated != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(revision);
    }

    /** Whom the contact was with, in the order stored: CLIENT,EMPLOYER. */
    private static String text(Set<With> withWhom) {
        return withWhom.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String array(Set<With> withWhom) {
        return "{" + text(withWhom) + "}";
    }

    @Override
    public List<Contact> contacts(UUID clientId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, contacted_on, on_the_job, with_whom, natural_supports,
                               note, recorded_by, version
                        from support_contact where client_id = ? and voided_at is null
                        order by contacted_on desc, id""")
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
                rs.getObject(9, UUID.class), rs.getInt(10));
    }

    private static Set<With> with(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(With::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(With.class)));
    }
}

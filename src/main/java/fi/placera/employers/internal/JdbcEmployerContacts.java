package fi.placera.employers.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.Revisers;
import fi.placera.consent.Consent;
import fi.placera.identity.InformationKind;
import fi.placera.employers.EmployerContacts;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.BatchColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer contacts in PostgreSQL. The contact day is the calendar day in Helsinki that the coach
 * recorded, so weeks are counted on days and never shift with UTC or daylight saving.
 */
@Service
class JdbcEmployerContacts implements EmployerContacts {

    private static final int TEXT = 2000;
    /** The kind of record in the history of corrections and voids. */
    private static final String RECORD_KIND = "EMPLOYER_CONTACT";
    private static final org.slf4j.Logger SECURITY = org.slf4j.LoggerFactory.getLogger("placera.security");

    private final JdbcClient jdbc;
    private final EmployerDisclosures disclosures;
    private final ClientDirectory clients;
    private final Revisers revisers;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcEmployerContacts(JdbcClient jdbc, EmployerDisclosures disclosures, ClientDirectory clients, Revisers revisers,
            RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.clients = clients;
        this.revisers = revisers;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** A contact as a correction or a void needs it. */
    private record Revisable(UUID id, short areaId, UUID clientId, UUID recordedBy, LocalDate contactedOn, String mode,
            String purpose, String outcome) {
    }

    @Override
    @Transactional
    public void voidContact(PlaceraUser user, UUID contactKey, String reason) {
        Revisable contact = revisable(user, contactKey);
        String why = RecordRevisions.reason(reason, "voidReason");
        jdbc.sql("update employer_contact set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), contact.id()).update();
        revisions.record(new NewRevision(RECORD_KIND, contact.id(), contact.clientId(), contact.areaId(), Action.VOIDED,
                List.of(new Previous("contactedOn", contact.contactedOn().toString()),
                        new Previous("mode", contact.mode()), new Previous("purpose", contact.purpose())),
                why, user.accountId()));
    }

    @Override
    @Transactional
    public void correctContact(PlaceraUser user, UUID contactKey, Correction correction, String reason) {
        Revisable contact = revisable(user, contactKey);
        String why = RecordRevisions.reason(reason, "correctionReason");
        notInFuture(correction.contactedOn(), clock, "correctedContactedOn");
        if (correction.mode() == null) {
            throw new Rejection("correctedMode", "validation.required");
        }
        String outcome = optional(correction.outcome(), TEXT, "correctedOutcome");
        List<Previous> previous = new Replaced().field("contactedOn", contact.contactedOn(), correction.contactedOn())
                .field("mode", contact.mode(), correction.mode().name()).field("outcome", contact.outcome(), outcome)
                .orNothingChanged();
        // the values read are the version: a contact changed or voided in between is a conflict
        int updated = jdbc.sql("""
                        update employer_contact set contacted_on = ?, mode = ?, outcome = ?
                        where id = ? and voided_at is null and contacted_on = ? and mode = ?
                          and outcome is not distinct from ?""")
                .params(correction.contactedOn(), correction.mode().name(), outcome, contact.id(),
                        contact.contactedOn(), contact.mode(), contact.outcome())
                .update();
        if (updated != 1) {
            throw new Rejection(null, "form.conflict");
        }
        revisions.record(new NewRevision(RECORD_KIND, contact.id(), contact.clientId(), contact.areaId(),
                Action.CORRECTED, previous, why, user.accountId()));
    }

    /** The contact of the user's area, not voided, when the user may correct or void it. */
    private Revisable revisable(PlaceraUser user, UUID contactKey) {
        Revisable contact = jdbc.sql("""
                        select id, area_id, client_id, recorded_by, contacted_on, mode, purpose, outcome
                        from employer_contact where idempotency_key = ? and area_id = ? and voided_at is null""")
                .params(contactKey, user.areaId())
                .query((rs, row) -> new Revisable(rs.getObject(1, UUID.class), rs.getShort(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional().orElseThrow(() -> new Rejection(null, "form.conflict"));
        checkMayRevise(user, contact);
        return contact;
    }

    /** A contact about a client as any record of the client; one about no client only by who recorded it. */
    private void checkMayRevise(PlaceraUser user, Revisable contact) {
        if (contact.clientId() != null) {
            ClientSummary client = clients.find(user, contact.clientId(), InformationKind.EMPLOYMENT,
                    "employer contact: void").orElseThrow(() -> new Rejection(null, "revision.not-allowed"));
            revisers.checkMayRevise(user, client, contact.recordedBy());
        } else if (!user.accountId().equals(contact.recordedBy())) {
            SECURITY.atWarn().addKeyValue("event", "revision_refused").addKeyValue("account", user.accountId())
                    .log("security event revision_refused");
            throw new Rejection(null, "revision.not-allowed");
        }
    }

    @Override
    public List<Revision> revisionsOf(short areaId, UUID employerId) {
        List<UUID> ofEmployer = jdbc.sql("select id from employer_contact where area_id = ? and employer_id = ?")
                .params(areaId, employerId).query(UUID.class).list();
        return revisions.ofRecords(RECORD_KIND, ofEmployer);
    }

    @Override
    @Transactional
    public boolean record(PlaceraUser user, Contact contact) {
        check(contact);
        Optional<Consent> consent = disclosures.consentFor(user, contact.clientId(), contact.employerId(),
                contact.contactedOn(), "clientId");
        boolean stored = store(contact);
        if (stored) {
            consent.ifPresent(basis -> disclosures.disclosed(user, contact.areaId(), basis, "employer contact"));
        }
        return stored;
    }

    @Override
    @Transactional
    public int recordFromTracker(List<Contact> contacts) {
        BatchRejection.checkEach(contacts, contact -> {
            check(contact);
            optional(contact.outcome(), TEXT, "outcome");
            optional(contact.nextStep(), TEXT, "nextStep");
        });
        Set<UUID> stored = new HashSet<>(jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose,
                            client_id, client_present, followed_preference, outcome, next_step, next_step_on, recorded_by,
                            idempotency_key)
                        select t.id, e.area_id, e.id, t.coach_staff_id, t.contacted_on, t.mode, t.purpose, t.client_id,
                               t.client_present, t.followed_preference, t.outcome, t.next_step, t.next_step_on,
                               t.recorded_by, t.idempotency_key
                        from unnest(?::uuid[], ?::smallint[], ?::uuid[], ?::uuid[], ?::date[], ?::text[], ?::text[],
                                    ?::uuid[], ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::date[], ?::uuid[],
                                    ?::uuid[])
                             as t (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose, client_id,
                                   client_present, followed_preference, outcome, next_step, next_step_on, recorded_by,
                                   idempotency_key)
                        join employer e on e.area_id = t.area_id and e.id = t.employer_id
                        on conflict (idempotency_key) do nothing returning idempotency_key""")
                .params(BatchColumns.of(contacts, contact -> UUID.randomUUID()),
                        BatchColumns.of(contacts, Contact::areaId), BatchColumns.of(contacts, Contact::employerId),
                        BatchColumns.of(contacts, Contact::coachStaffId), BatchColumns.of(contacts, Contact::contactedOn),
                        BatchColumns.of(contacts, Contact::mode), BatchColumns.of(contacts, Contact::purpose),
                        BatchColumns.of(contacts, Contact::clientId),
                        BatchColumns.of(contacts, contact -> contact.clientId() != null && contact.clientPresent()),
                        BatchColumns.of(contacts, contact -> contact.clientId() == null ? null : contact.followedPreference()),
                        BatchColumns.of(contacts, contact -> optional(contact.outcome(), TEXT, "outcome")),
                        BatchColumns.of(contacts, contact -> optional(contact.nextStep(), TEXT, "nextStep")),
                        BatchColumns.of(contacts, Contact::nextStepOn), BatchColumns.of(contacts, Contact::recordedBy),
                        BatchColumns.of(contacts, Contact::idempotencyKey))
                .query(UUID.class).list());
        storedBefore(contacts, stored);
        return stored.size();
    }

    /** Refuses the first contact neither stored now nor by an earlier import with the same key: not the area's employer. */
    private void storedBefore(List<Contact> contacts, Set<UUID> stored) {
        List<Contact> skipped = contacts.stream().filter(contact -> !stored.contains(contact.idempotencyKey())).toList();
        if (skipped.isEmpty()) {
            return;
        }
        Set<UUID> earlier = new HashSet<>(jdbc.sql("select idempotency_key from employer_contact where idempotency_key = any(?::uuid[])")
                .param(BatchColumns.of(skipped, Contact::idempotencyKey)).query(UUID.class).list());
        for (int item = 0; item < contacts.size(); item++) {
            UUID key = contacts.get(item).idempotencyKey();
            if (!stored.contains(key) && !earlier.contains(key)) {
                throw new BatchRejection(item, new Rejection("employerId", "employer.unknown"));
            }
        }
    }

    private boolean store(Contact contact) {
        int stored = jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose,
                            client_id, client_present, followed_preference, outcome, next_step, next_step_on, recorded_by,
                            idempotency_key)
                        select ?, area_id, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from employer where area_id = ? and id = ?
                        on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), contact.coachStaffId(), contact.contactedOn(), contact.mode().name(),
                        contact.purpose().name(), contact.clientId(), contact.clientId() != null && contact.clientPresent(),
                        contact.clientId() == null ? null : contact.followedPreference(),
                        optional(contact.outcome(), TEXT, "outcome"), optional(contact.nextStep(), TEXT, "nextStep"),
                        contact.nextStepOn(), contact.recordedBy(), contact.idempotencyKey(), contact.areaId(), contact.employerId())
                .update();
        if (stored == 0 && jdbc.sql("select count(*) from employer_contact where idempotency_key = ?")
                .param(contact.idempotencyKey()).query(Integer.class).single() == 0) {
            throw new Rejection("employerId", "employer.unknown");
        }
        return stored == 1;
    }

    @Override
    public List<Contact> ofEmployer(short areaId, UUID employerId) {
        return newest(areaId, employerId, Integer.MAX_VALUE);
    }

    @Override
    public List<Contact> recent(short areaId, int limit) {
        return newest(areaId, null, limit);
    }

    /** The area's contacts, newest first: all of them, or one employer's. */
    private List<Contact> newest(short areaId, UUID employerId, int limit) {
        return jdbc.sql("""
                        select c.idempotency_key, c.area_id, c.employer_id, e.name, c.coach_staff_id, c.contacted_on, c.mode,
                               c.purpose, c.client_id, c.client_present, c.followed_preference, c.outcome, c.next_step,
                               c.next_step_on, c.recorded_by
                        from employer_contact c join employer e on e.id = c.employer_id
                        where c.area_id = ? and (?::uuid is null or c.employer_id = ?) and c.voided_at is null
                        order by c.contacted_on desc, c.id limit ?""")
                .params(areaId, employerId, employerId, limit)
                .query((rs, row) -> contact(rs))
                .list();
    }

    @Override
    public WeeklyCount weeklyCount(UUID coachStaffId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql("""
                        select count(*) filter (where mode = 'FACE_TO_FACE'), count(*) from employer_contact
                        where coach_staff_id = ? and contacted_on between ? and ? and voided_at is null""")
                .params(coachStaffId, monday, monday.plusDays(6))
                .query((rs, row) -> new WeeklyCount(monday, rs.getInt(1), rs.getInt(2)))
                .single();
    }

    @Override
    public Map<UUID, LocalDate> firstFaceToFaceAfterEnrolment(Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> first = new HashMap<>();
        jdbc.sql("""
                        select f.client_id, f.contacted_on from employers_facts_first_face_to_face_contact f
                        join consent_facts_enrolment a on a.client_id = f.client_id and a.enrolled_on = f.enrolled_on
                        where f.client_id in (:clients) and f.contacted_on is not null""")
                .param("clients", clients)
                .query(rs -> { first.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)); });
        return first;
    }

    private void check(Contact contact) {
        if (contact.employerId() == null) {
            throw new Rejection("employerId", "validation.required");
        }
        if (contact.coachStaffId() == null) {
            throw new Rejection(null, "employer.contact.coach-only");
        }
        notInFuture(contact.contactedOn(), clock, "contactedOn");
        if (contact.mode() == null) {
            throw new Rejection("mode", "validation.required");
        }
        if (contact.purpose() == null) {
            throw new Rejection("purpose", "validation.required");
        }
        if (contact.purpose() == Purpose.ABOUT_CLIENT && contact.clientId() == null) {
            throw new Rejection("clientId", "employer.contact.client-required");
        }
        checkNextStepOn(contact);
    }

    /** A day for the next step needs the step itself, and the step comes after the contact. */
    private static void checkNextStepOn(Contact contact) {
        if (contact.nextStepOn() == null) {
            return;
        }
        if (contact.nextStep() == null || contact.nextStep().isBlank()) {
            throw new Rejection("nextStepOn", "employer.contact.next-step-on.without-step");
        }
        if (contact.nextStepOn().isBefore(contact.contactedOn())) {
            throw new Rejection("nextStepOn", "employer.contact.next-step-on.before-contact");
        }
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getObject(1, UUID.class), rs.getShort(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class), Mode.valueOf(rs.getString(7)),
                Purpose.valueOf(rs.getString(8)), rs.getObject(9, UUID.class), rs.getBoolean(10),
                (Boolean) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                rs.getObject(15, UUID.class));
    }
}

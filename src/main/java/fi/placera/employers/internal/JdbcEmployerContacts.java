package fi.placera.employers.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;

import fi.placera.consent.Consent;
import fi.placera.employers.EmployerContacts;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final JdbcClient jdbc;
    private final EmployerDisclosures disclosures;
    private final Clock clock;

    JdbcEmployerContacts(JdbcClient jdbc, EmployerDisclosures disclosures, Clock clock) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.clock = clock;
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
    public boolean recordFromTracker(Contact contact) {
        check(contact);
        return store(contact);
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
                        where c.area_id = ? and (?::uuid is null or c.employer_id = ?)
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
                        where coach_staff_id = ? and contacted_on between ? and ?""")
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
                        select client_id, contacted_on from employers_facts_first_face_to_face_contact
                        where client_id in (:clients) and contacted_on is not null""")
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

package fi.placera.meetings.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.consent.Consents;
import fi.placera.identity.InformationKind;
import fi.placera.meetings.AgencyContacts;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Contacts with the organisations around the client's work in PostgreSQL. */
@Service
class JdbcAgencyContacts implements AgencyContacts {

    private static final int NOTE = 2000;
    private static final int ORGANISATION_NAME = 200;

    private final JdbcClient jdbc;
    private final Consents consents;
    private final Clock clock;

    JdbcAgencyContacts(JdbcClient jdbc, Consents consents, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public boolean record(AgencyContact contact) {
        present(contact.clientId(), "clientId");
        present(contact.agency(), "agency");
        present(contact.mode(), "mode");
        notInFuture(contact.contactedOn(), clock, "contactedOn");
        String note = required(contact.note(), NOTE, "note");
        String organisation = contact.agency() == Agency.OTHER
                ? required(contact.organisationName(), ORGANISATION_NAME, "organisationName")
                : optional(contact.organisationName(), ORGANISATION_NAME, "organisationName");
        if (!consented(contact, organisation)) {
            throw new Rejection("clientId", "meetings.agency.no-consent");
        }
        return 1 == jdbc.sql("""
                        insert into agency_contact (id, client_id, area_id, agency, organisation_name, contacted_on, mode,
                                                    note, coach_staff_id, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), contact.clientId(), contact.areaId(), contact.agency().name(), organisation,
                        contact.contactedOn(), contact.mode().name(), note, contact.coachStaffId(), contact.recordedBy(),
                        contact.idempotencyKey())
                .update();
    }

    /** A consent to the agency's party; for another organisation, a consent to that organisation by its name. */
    private boolean consented(AgencyContact contact, String organisation) {
        InformationKind kind = AgencyContacts.kindShared(contact.agency());
        return contact.agency() == Agency.OTHER
                ? consents.sharesWithNamed(contact.clientId(), organisation, kind)
                : consents.sharesWith(contact.clientId(), contact.agency().party(), kind);
    }

    @Override
    public List<AgencyContact> ofCoach(UUID coachStaffId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, agency, organisation_name, contacted_on, mode, note,
                               coach_staff_id, recorded_by
                        from agency_contact where coach_staff_id = ? order by contacted_on desc, id""")
                .param(coachStaffId).query(JdbcAgencyContacts::contact).list();
    }

    @Override
    public List<AgencyContact> ofClient(UUID clientId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, agency, organisation_name, contacted_on, mode, note,
                               coach_staff_id, recorded_by
                        from agency_contact where client_id = ? order by contacted_on desc, id""")
                .param(clientId).query(JdbcAgencyContacts::contact).list();
    }

    private static AgencyContact contact(ResultSet rs, int row) throws SQLException {
        return new AgencyContact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getShort(3),
                Agency.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                Mode.valueOf(rs.getString(7)), rs.getString(8), rs.getObject(9, UUID.class), rs.getObject(10, UUID.class));
    }
}

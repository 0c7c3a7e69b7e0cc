package fi.placera.clients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest contacts about a client, newest first, for the overview of their record: follow-along support contacts,
 * employer contacts and meetings with the client as their modules publish them ({@code support_facts_contact},
 * {@code employers_facts_contact}, {@code meetings_facts_client_meeting}, decisions 0049 and 0061) and this module's
 * own outreach attempts.
 */
@Component
public class LastContacts {

    /** How many contacts the overview shows; the parts of the record list them all. */
    static final int SHOWN = 5;

    private final JdbcClient jdbc;

    LastContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contact on a day; {@code kind} is SUPPORT, EMPLOYER_FACE_TO_FACE, EMPLOYER, MEETING or OUTREACH. */
    public record Contact(LocalDate on, String kind) {
    }

    public List<Contact> of(UUID clientId) {
        return jdbc.sql("""
                        select contacted_on, 'SUPPORT' from support_facts_contact where client_id = :client
                        union all
                        select contacted_on, case when face_to_face then 'EMPLOYER_FACE_TO_FACE' else 'EMPLOYER' end
                        from employers_facts_contact where client_id = :client
                        union all
                        select met_on, 'MEETING' from meetings_facts_client_meeting where client_id = :client
                        union all
                        select o.attempted_on, 'OUTREACH' from outreach_attempt o join referral r on r.id = o.referral_id
                        where r.client_id = :client
                        order by 1 desc limit :shown""")
                .param("client", clientId).param("shown", SHOWN)
                .query((rs, row) -> new Contact(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }
}

package fi.placera.clients.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientContacts;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Checks;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's phone, e-mail and postal address with a permission per channel (decision 0078). The team records them;
 * a change of what was recorded keeps the replaced values as a revision with a reason (decision 0070). The caller has
 * found the client through the access decision (a write: emergency access never gets here).
 */
@Service
public class JdbcClientContacts implements ClientContacts {

    static final String RECORD_KIND = "CONTACT_DETAILS";
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
    private static final int MAX_ADDRESS = 300;

    private final JdbcClient jdbc;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcClientContacts(JdbcClient jdbc, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The details as recorded, none when nothing was; the read itself was decided and logged with the client's. */
    public Optional<ClientContacts.ContactDetails> of(Client client) {
        return ofClient(client.id());
    }

    @Override
    public Optional<ClientContacts.ContactDetails> ofClient(UUID clientId) {
        return jdbc.sql("""
                        select phone, email, postal_address, phone_allowed, email_allowed, post_allowed
                        from client_contact where client_id = :client""")
                .param("client", clientId).query(JdbcClientContacts::row).optional();
    }

    /** The corrections so far, oldest first. */
    public List<Revision> revisionsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    /**
     * Records the details; a change of details already recorded needs a reason and keeps the replaced values.
     * Refuses a malformed phone or address, and a permission for a channel not given.
     */
    @Transactional
    public void record(PlaceraUser user, Client client, ClientContacts.ContactDetails typed, String reason) {
        ClientContacts.ContactDetails details = checked(typed);
        Optional<ClientContacts.ContactDetails> before = of(client);
        if (before.isEmpty()) {
            jdbc.sql("""
                            insert into client_contact (client_id, area_id, phone, email, postal_address, phone_allowed,
                                email_allowed, post_allowed, recorded_at, recorded_by)
                            values (:client, :area, :phone, :email, :address, :phoneAllowed, :emailAllowed,
                                :postAllowed, :at, :by)""")
                    .params(values(details)).param("client", client.id()).param("area", client.areaId())
                    .param("at", Timestamp.from(clock.instant())).param("by", user.accountId()).update();
            return;
        }
        List<Previous> replaced = replaced(before.get(), details);
        String why = RecordRevisions.reason(reason, "reason");
        jdbc.sql("""
                        update client_contact set phone = :phone, email = :email, postal_address = :address,
                            phone_allowed = :phoneAllowed, email_allowed = :emailAllowed, post_allowed = :postAllowed,
                            recorded_at = :at, recorded_by = :by, version = version + 1
                        where client_id = :client""")
                .params(values(details)).param("client", client.id())
                .param("at", Timestamp.from(clock.instant())).param("by", user.accountId()).update();
        revisions.record(new NewRevision(RECORD_KIND, client.id(), client.id(), client.areaId(), Action.CORRECTED,
                replaced, why, user.accountId()));
    }

    @Override
    @Transactional
    public void turnOff(UUID clientId, Channel channel) {
        String column = switch (channel) {
            case PHONE -> "phone_allowed";
            case EMAIL -> "email_allowed";
            case POST -> "post_allowed";
        };
        // sql-reviewed: the column is one of three constants
        jdbc.sql("update client_contact set " + column + " = false, version = version + 1 where client_id = :client")
                .param("client", clientId).update();
    }

    /** The typed details stripped, empty as none; refused field by field. */
    private static ClientContacts.ContactDetails checked(ClientContacts.ContactDetails typed) {
        String phone = blankAsNull(typed.phone());
        String email = blankAsNull(typed.email());
        String address = blankAsNull(typed.postalAddress());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new Rejection("phone", "client.contact.phone.invalid");
        }
        if (email != null && !Checks.plausibleEmail(email)) {
            throw new Rejection("email", "client.contact.email.invalid");
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new Rejection("postalAddress", "client.contact.address.invalid");
        }
        if (typed.phoneAllowed() && phone == null || typed.emailAllowed() && email == null
                || typed.postAllowed() && address == null) {
            throw new Rejection(null, "client.contact.permission-without-channel");
        }
        return new ClientContacts.ContactDetails(phone, email, address, typed.phoneAllowed(), typed.emailAllowed(),
                typed.postAllowed());
    }

    /** The fields a change replaces, with their values before it. */
    private static List<Previous> replaced(ClientContacts.ContactDetails before, ClientContacts.ContactDetails after) {
        return new Replaced().field("phone", before.phone(), after.phone())
                .field("email", before.email(), after.email())
                .field("postalAddress", before.postalAddress(), after.postalAddress())
                .field("phoneAllowed", before.phoneAllowed(), after.phoneAllowed())
                .field("emailAllowed", before.emailAllowed(), after.emailAllowed())
                .field("postAllowed", before.postAllowed(), after.postAllowed()).orNothingChanged();
    }

    private static Map<String, Object> values(ClientContacts.ContactDetails details) {
        Map<String, Object> values = new HashMap<>();
        values.put("phone", details.phone());
        values.put("email", details.email());
        values.put("address", details.postalAddress());
        values.put("phoneAllowed", details.phoneAllowed());
        values.put("emailAllowed", details.emailAllowed());
        values.put("postAllowed", details.postAllowed());
        return values;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ClientContacts.ContactDetails row(ResultSet rs, int row) throws SQLException {
        return new ClientContacts.ContactDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getBoolean(5), rs.getBoolean(6));
    }
}

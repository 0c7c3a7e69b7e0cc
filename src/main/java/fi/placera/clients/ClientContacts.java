package fi.placera.clients;

import java.util.Optional;
import java.util.UUID;

/**
 * A client's contact details as the client sees them on their own pages, where they turn a channel off (decision
 * 0078). The team records and corrects them on the client's record; notifications read only the channels allowed.
 */
public interface ClientContacts {

    /** A way to reach the client. */
    enum Channel { PHONE, EMAIL, POST }

    /** What the team recorded, with the client's permission per channel. */
    record ContactDetails(String phone, String email, String postalAddress, boolean phoneAllowed,
            boolean emailAllowed, boolean postAllowed) {

        public static final ContactDetails NONE = new ContactDetails(null, null, null, false, false, false);

        public boolean allowed(Channel channel) {
            return switch (channel) {
                case PHONE -> phoneAllowed;
                case EMAIL -> emailAllowed;
                case POST -> postAllowed;
            };
        }
    }

    /** The client's own details (the caller is the client, signed in to their own pages). */
    Optional<ContactDetails> ofClient(UUID clientId);

    /** The client withdraws their permission to use a channel; nothing is sent over it from now on. */
    void turnOff(UUID clientId, Channel channel);
}

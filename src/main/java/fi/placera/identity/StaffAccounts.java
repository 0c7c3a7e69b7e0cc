package fi.placera.identity;

import java.util.Optional;
import java.util.UUID;

/** Who is behind a user name, for records that name staff by the user name they log in with (a team's tracker). */
public interface StaffAccounts {

    /** The staff member of the enabled account with this user name, if there is one. */
    Optional<UUID> staffMemberOf(String username);

    /** The enabled account with this user name, if there is one: who a tracker's row says made a record. */
    Optional<UUID> accountOf(String username);

    /** The display names of these accounts, by user name (for a client's access log where the area shows names). */
    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames);
}

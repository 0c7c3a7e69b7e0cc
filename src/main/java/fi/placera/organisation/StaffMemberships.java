package fi.placera.organisation;

import java.util.Set;
import java.util.UUID;

/** The IPS teams and care teams a staff member belongs to. */
public record StaffMemberships(Set<UUID> ipsTeams, Set<UUID> careTeams) {

    public static final StaffMemberships NONE = new StaffMemberships(Set.of(), Set.of());

    public StaffMemberships {
        ipsTeams = Set.copyOf(ipsTeams);
        careTeams = Set.copyOf(careTeams);
    }
}

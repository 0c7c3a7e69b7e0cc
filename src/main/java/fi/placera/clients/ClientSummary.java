package fi.placera.clients;

import java.util.UUID;

/** A client as other modules see them: who, where served and by which coach (null = no coach yet). */
public record ClientSummary(UUID id, short areaId, String firstName, String lastName, UUID ipsTeamId,
        UUID coachStaffId) {

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "ClientSummary[" + id + "]";
    }
}

package fi.placera.organisation;

import java.util.UUID;

/** A staff member as other modules see them: who, and in which area. */
public record StaffMemberSummary(UUID id, short areaId, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}

package fi.placera.portal.internal;

import fi.placera.identity.PlaceraUser;
import java.util.UUID;

/** The signed-in client: their account and the one client it is linked to. */
public record Me(PlaceraUser user, UUID clientId, short areaId, String firstName, UUID coachStaffId) {
}

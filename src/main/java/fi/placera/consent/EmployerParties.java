package fi.placera.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a consent to an employer needs to know of the employer registry: the employers of the client's welfare area
 * to choose from, and the name of the one chosen. Implemented by the employers module, which depends on this one;
 * declaring it here keeps the dependency one way.
 */
public interface EmployerParties {

    /** The employers of the area, by name: the choice on the consent form. */
    List<EmployerParty> employersOf(short areaId);

    /** The employer's name, if it is one of the area's employers. */
    Optional<String> nameOf(short areaId, UUID employerId);

    record EmployerParty(UUID id, String name) {
    }
}

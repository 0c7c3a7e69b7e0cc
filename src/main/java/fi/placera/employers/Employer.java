package fi.placera.employers;

import java.util.UUID;

/** An employer of a welfare area, as the IPS team knows it. */
public record Employer(UUID id, short areaId, Details details, int version) {

    public String name() {
        return details.name();
    }

    /** What the team has learned about the employer; everything but the name is optional. */
    public record Details(String name, String businessId, String sector, String locations, String contactPeople,
            String needs, String notes) {
    }
}

package fi.placera.portal.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a welfare area shows staff in a client's "who has read my data" list: {@code NAME} (name and role) or
 * {@code ROLE_ONLY} (organisation and role, the default). Set per area id, e.g.
 * {@code placera.portal.staff-names.17=NAME}.
 */
@ConfigurationProperties("placera.portal")
public record PortalProperties(Map<Short, StaffNames> staffNames) {

    public enum StaffNames { NAME, ROLE_ONLY }

    public PortalProperties {
        staffNames = staffNames == null ? Map.of() : Map.copyOf(staffNames);
    }

    public StaffNames staffNamesIn(short areaId) {
        return staffNames.getOrDefault(areaId, StaffNames.ROLE_ONLY);
    }
}

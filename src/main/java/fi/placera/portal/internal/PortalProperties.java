package fi.placera.portal.internal;

import fi.placera.identity.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A welfare area's portal policies, set per area id.
 * <ul>
 * <li>How staff are shown in a client's "who has read my data" list: {@code NAME} (name and role) or
 * {@code ROLE_ONLY} (organisation and role, the default), e.g. {@code placera.portal.staff-names.17=NAME}.</li>
 * <li>The designated role that still reads a restricted record (GDPR art. 18): {@code TEAM_LEADER} (the default: the
 * team leaders, who handle the rights requests) or {@code COACH} (the client's coaches too), e.g.
 * {@code placera.portal.designated-role.17=COACH}. Any other role stops the application at start-up.</li>
 * </ul>
 */
@ConfigurationProperties("placera.portal")
public record PortalProperties(Map<Short, StaffNames> staffNames, Map<Short, Role> designatedRole) {

    public enum StaffNames { NAME, ROLE_ONLY }

    /** The roles an area may designate: those with a relationship to clients that the access decision knows. */
    public static final Set<Role> DESIGNATABLE = Set.of(Role.TEAM_LEADER, Role.COACH);

    public PortalProperties {
        staffNames = staffNames == null ? Map.of() : Map.copyOf(staffNames);
        designatedRole = designatedRole == null ? Map.of() : Map.copyOf(designatedRole);
        designatedRole.forEach((area, role) -> {
            if (!DESIGNATABLE.contains(role)) {
                throw new IllegalArgumentException("placera.portal.designated-role." + area + "=" + role
                        + ": a restricted record can be designated to TEAM_LEADER or COACH only");
            }
        });
    }

    public StaffNames staffNamesIn(short areaId) {
        return staffNames.getOrDefault(areaId, StaffNames.ROLE_ONLY);
    }

    /** The role that still reads a restricted record in the area. */
    public Role designatedRoleIn(short areaId) {
        return designatedRole.getOrDefault(areaId, Role.TEAM_LEADER);
    }
}

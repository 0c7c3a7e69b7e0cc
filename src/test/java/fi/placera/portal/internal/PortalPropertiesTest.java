package fi.placera.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.identity.Role;
import fi.placera.portal.internal.PortalProperties.StaffNames;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff are shown by role only unless an area's policy names them. */
class PortalPropertiesTest {

    @Test
    void staffAreShownByRoleOnlyUnlessTheAreaChoseNames() {
        PortalProperties none = new PortalProperties(null, null);
        assertThat(none.staffNamesIn((short) 17)).isEqualTo(StaffNames.ROLE_ONLY);
        PortalProperties pohjanmaa = new PortalProperties(Map.of((short) 17, StaffNames.NAME), null);
        assertThat(pohjanmaa.staffNamesIn((short) 17)).isEqualTo(StaffNames.NAME);
        assertThat(pohjanmaa.staffNamesIn((short) 1)).isEqualTo(StaffNames.ROLE_ONLY);
    }

    @Test
    void theDesignatedRoleIsTheTeamLeadersUnlessTheAreaChoseCoaches() {
        assertThat(new PortalProperties(null, null).designatedRoleIn((short) 17)).isEqualTo(Role.TEAM_LEADER);
        PortalProperties coaches = new PortalProperties(null, Map.of((short) 17, Role.COACH));
        assertThat(coaches.designatedRoleIn((short) 17)).isEqualTo(Role.COACH);
        assertThat(coaches.designatedRoleIn((short) 1)).isEqualTo(Role.TEAM_LEADER);
        assertThatThrownBy(() -> new PortalProperties(null, Map.of((short) 17, Role.CARE_TEAM_MEMBER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("designated-role.17");
    }
}

package fi.placera.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.portal.internal.PortalProperties.StaffNames;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff are shown by role only unless an area's policy names them. */
class PortalPropertiesTest {

    @Test
    void staffAreShownByRoleOnlyUnlessTheAreaChoseNames() {
        PortalProperties none = new PortalProperties(null);
        assertThat(none.staffNamesIn((short) 17)).isEqualTo(StaffNames.ROLE_ONLY);
        PortalProperties pohjanmaa = new PortalProperties(Map.of((short) 17, StaffNames.NAME));
        assertThat(pohjanmaa.staffNamesIn((short) 17)).isEqualTo(StaffNames.NAME);
        assertThat(pohjanmaa.staffNamesIn((short) 1)).isEqualTo(StaffNames.ROLE_ONLY);
    }
}

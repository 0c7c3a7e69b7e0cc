package fi.placera.organisation.internal;

import fi.placera.organisation.CollaborationModel;
import java.util.UUID;
import fi.placera.platform.persistence.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An IPS team of a welfare area: its coaches and team leader work to the IPS model together. */
@Table("ips_team")
public record IpsTeam(@Id UUID id, short areaId, String code, String name,
        CollaborationModel collaborationModel, String partnerOrganisation, @Version Integer version)
        implements Versioned<IpsTeam> {

    public IpsTeam {
        // a partner organisation is named exactly when the coaches are employed by one
        if (collaborationModel != CollaborationModel.PARTNER_ORGANISATION) {
            partnerOrganisation = null;
        }
    }

    @Override
    public IpsTeam withVersion(Integer newVersion) {
        return new IpsTeam(id, areaId, code, name, collaborationModel, partnerOrganisation, newVersion);
    }
}

package fi.placera.organisation.internal;

import java.util.UUID;
import fi.placera.platform.persistence.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A psychiatric care team (care unit) whose weekly meeting an IPS coach attends. */
@Table("care_team")
public record CareTeam(@Id UUID id, short areaId, String code, String name, String unit,
        @Version Integer version)
        implements Versioned<CareTeam> {

    @Override
    public CareTeam withVersion(Integer newVersion) {
        return new CareTeam(id, areaId, code, name, unit, newVersion);
    }
}

package fi.placera.organisation.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What every organisation form carries: the record's id (issued with the empty form, so a resubmit
 * finds the record instead of duplicating it), its version for optimistic locking, and its area.
 */
public abstract class AreaScopedForm {

    @NotNull
    private UUID id;
    private Integer version;
    @NotNull(message = "{validation.required}")
    private Short areaId;

    void identify(UUID recordId, Integer recordVersion, Short recordAreaId) {
        this.id = recordId;
        this.version = recordVersion;
        this.areaId = recordAreaId;
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Short getAreaId() { return areaId; }
    public void setAreaId(Short areaId) { this.areaId = areaId; }
}

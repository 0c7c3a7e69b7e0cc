package fi.placera.organisation.web;

import static fi.placera.platform.Checks.present;

import fi.placera.platform.web.Forms;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * What every organisation form carries: the record's id (issued with the empty form, so a resubmit
 * finds the record instead of duplicating it), its version for optimistic locking, and its area.
 */
public abstract class AreaScopedForm {

    private UUID id;
    private Integer version;
    private Short areaId;

    void identify(UUID recordId, Integer recordVersion, Short recordAreaId) {
        this.id = recordId;
        this.version = recordVersion;
        this.areaId = recordAreaId;
    }

    /** The checks of every organisation form: the issued id and the area; each form adds its own fields. */
    void check(Errors errors) {
        Forms.checked(errors, () -> present(id, "id"), () -> present(areaId, "areaId"));
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Short getAreaId() { return areaId; }
    public void setAreaId(Short areaId) { this.areaId = areaId; }
}

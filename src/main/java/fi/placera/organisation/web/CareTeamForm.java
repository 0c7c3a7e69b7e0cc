package fi.placera.organisation.web;

import fi.placera.organisation.internal.CareTeam;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What the care team form edits. */
public class CareTeamForm {

    @NotNull
    private UUID id;
    private Integer version;
    @NotNull(message = "{validation.required}")
    private Short areaId;
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,29}", message = "{organisation.code.format}")
    private String code;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String name;
    @Size(max = 200, message = "{validation.too-long}")
    private String unit;

    static CareTeamForm empty() {
        CareTeamForm form = new CareTeamForm();
        form.id = UUID.randomUUID();
        return form;
    }

    static CareTeamForm of(CareTeam team) {
        CareTeamForm form = new CareTeamForm();
        form.id = team.id();
        form.version = team.version();
        form.areaId = team.areaId();
        form.code = team.code();
        form.name = team.name();
        form.unit = team.unit();
        return form;
    }

    CareTeam toCareTeam() {
        return new CareTeam(id, areaId, code.strip(), name.strip(),
                unit == null || unit.isBlank() ? null : unit.strip(), version);
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Short getAreaId() { return areaId; }
    public void setAreaId(Short areaId) { this.areaId = areaId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}

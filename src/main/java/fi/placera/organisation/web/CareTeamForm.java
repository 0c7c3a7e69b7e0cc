package fi.placera.organisation.web;

import fi.placera.organisation.internal.CareTeam;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What the care team form edits. */
public class CareTeamForm extends TeamForm {

    @Size(max = 200, message = "{validation.too-long}")
    private String unit;

    static CareTeamForm empty() {
        CareTeamForm form = new CareTeamForm();
        form.setId(UUID.randomUUID());
        return form;
    }

    static CareTeamForm of(CareTeam team) {
        CareTeamForm form = new CareTeamForm();
        form.identify(team.id(), team.version(), team.areaId());
        form.codeAndName(team.code(), team.name());
        form.unit = team.unit();
        return form;
    }

    CareTeam toCareTeam() {
        return new CareTeam(getId(), getAreaId(), strippedCode(), strippedName(),
                unit == null || unit.isBlank() ? null : unit.strip(), getVersion());
    }

    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}

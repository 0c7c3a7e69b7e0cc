package fi.placera.organisation.web;

import static fi.placera.platform.Checks.limited;

import fi.placera.organisation.internal.CareTeam;
import fi.placera.platform.web.Forms;
import java.util.UUID;
import org.springframework.validation.Errors;

/** What the care team form edits. */
public class CareTeamForm extends TeamForm {

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

    @Override
    void check(Errors errors) {
        super.check(errors);
        Forms.checked(errors, () -> limited(unit, NAME, "unit"));
    }

    CareTeam toCareTeam() {
        return new CareTeam(getId(), getAreaId(), strippedCode(), strippedName(),
                unit == null || unit.isBlank() ? null : unit.strip(), getVersion());
    }

    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}

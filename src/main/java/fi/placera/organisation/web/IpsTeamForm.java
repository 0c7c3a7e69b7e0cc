package fi.placera.organisation.web;

import static fi.placera.platform.Checks.limited;
import static fi.placera.platform.Checks.present;

import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.internal.IpsTeam;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Forms;
import java.util.UUID;
import org.springframework.validation.Errors;

/** What the IPS team form edits. */
public class IpsTeamForm extends TeamForm {

    private CollaborationModel collaborationModel;
    private String partnerOrganisation;

    static IpsTeamForm empty() {
        IpsTeamForm form = new IpsTeamForm();
        form.setId(UUID.randomUUID());
        form.collaborationModel = CollaborationModel.CARE_INTEGRATED;
        return form;
    }

    static IpsTeamForm of(IpsTeam team) {
        IpsTeamForm form = new IpsTeamForm();
        form.identify(team.id(), team.version(), team.areaId());
        form.codeAndName(team.code(), team.name());
        form.collaborationModel = team.collaborationModel();
        form.partnerOrganisation = team.partnerOrganisation();
        return form;
    }

    /** Besides code and name: the collaboration model, and the partner named when the team works with one. */
    @Override
    void check(Errors errors) {
        super.check(errors);
        Forms.checked(errors, () -> present(collaborationModel, "collaborationModel"),
                () -> limited(partnerOrganisation, NAME, "partnerOrganisation"), this::partnerNamed);
    }

    private void partnerNamed() {
        if (collaborationModel == CollaborationModel.PARTNER_ORGANISATION
                && (partnerOrganisation == null || partnerOrganisation.isBlank())) {
            throw new Rejection("partnerOrganisation", "organisation.partner.required");
        }
    }

    IpsTeam toTeam() {
        return new IpsTeam(getId(), getAreaId(), strippedCode(), strippedName(), collaborationModel,
                partnerOrganisation == null ? null : partnerOrganisation.strip(), getVersion());
    }

    public CollaborationModel getCollaborationModel() { return collaborationModel; }
    public void setCollaborationModel(CollaborationModel model) { this.collaborationModel = model; }
    public String getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(String partner) { this.partnerOrganisation = partner; }
}

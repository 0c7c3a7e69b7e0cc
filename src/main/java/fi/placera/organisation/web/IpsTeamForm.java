package fi.placera.organisation.web;

import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.internal.IpsTeam;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What the IPS team form edits. */
public class IpsTeamForm extends TeamForm {

    @NotNull(message = "{validation.required}")
    private CollaborationModel collaborationModel;
    @Size(max = 200, message = "{validation.too-long}")
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

    boolean partnerMissing() {
        return collaborationModel == CollaborationModel.PARTNER_ORGANISATION
                && (partnerOrganisation == null || partnerOrganisation.isBlank());
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

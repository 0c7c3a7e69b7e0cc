package fi.placera.organisation.web;

import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.internal.IpsTeam;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What the IPS team form edits; the id is issued with the empty form so a resubmit is harmless. */
public class IpsTeamForm {

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
    @NotNull(message = "{validation.required}")
    private CollaborationModel collaborationModel;
    @Size(max = 200, message = "{validation.too-long}")
    private String partnerOrganisation;

    static IpsTeamForm empty() {
        IpsTeamForm form = new IpsTeamForm();
        form.id = UUID.randomUUID();
        form.collaborationModel = CollaborationModel.CARE_INTEGRATED;
        return form;
    }

    static IpsTeamForm of(IpsTeam team) {
        IpsTeamForm form = new IpsTeamForm();
        form.id = team.id();
        form.version = team.version();
        form.areaId = team.areaId();
        form.code = team.code();
        form.name = team.name();
        form.collaborationModel = team.collaborationModel();
        form.partnerOrganisation = team.partnerOrganisation();
        return form;
    }

    boolean partnerMissing() {
        return collaborationModel == CollaborationModel.PARTNER_ORGANISATION
                && (partnerOrganisation == null || partnerOrganisation.isBlank());
    }

    IpsTeam toTeam() {
        return new IpsTeam(id, areaId, code.strip(), name.strip(), collaborationModel,
                partnerOrganisation == null ? null : partnerOrganisation.strip(), version);
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
    public CollaborationModel getCollaborationModel() { return collaborationModel; }
    public void setCollaborationModel(CollaborationModel model) { this.collaborationModel = model; }
    public String getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(String partner) { this.partnerOrganisation = partner; }
}

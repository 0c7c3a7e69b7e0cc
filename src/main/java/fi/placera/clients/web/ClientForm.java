package fi.placera.clients.web;

import static fi.placera.clients.web.PersonFields.IDENTITY_CODE;
import static fi.placera.clients.web.PersonFields.NAME;
import static fi.placera.platform.Checks.present;

import fi.placera.clients.internal.Client;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.web.Forms;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * A new client: name, identity code if they have one, the language for letters and pages, the team, and the coach (a
 * team leader chooses one; decision 0069).
 */
public class ClientForm {

    private static final String LANGUAGE_CODE = "[a-z]{2}";
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_CODE);

    // the API description states the checks of check(Errors) for callers
    @Schema(requiredMode = RequiredMode.REQUIRED)
    private UUID id;
    @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = NAME)
    private String firstName;
    @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = NAME)
    private String lastName;
    @Schema(maxLength = IDENTITY_CODE)
    private String identityCode;
    @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, pattern = LANGUAGE_CODE)
    private String preferredLanguage;
    @Schema(requiredMode = RequiredMode.REQUIRED)
    private UUID ipsTeamId;
    /** The coach a team leader chooses; a coach registering is the coach unless they choose another. */
    @Schema(requiredMode = RequiredMode.NOT_REQUIRED)
    private UUID coachStaffId;

    static ClientForm empty(String language) {
        ClientForm form = new ClientForm();
        form.id = UUID.randomUUID();
        form.preferredLanguage = language;
        return form;
    }

    /** The page's and the API's checks: every field's refusal at once, next to it. */
    void check(Errors errors) {
        Forms.checked(errors, () -> present(id, "id"));
        Forms.checked(errors, PersonFields.checks(firstName, lastName, identityCode, preferredLanguage, LANGUAGE));
        Forms.checked(errors, () -> present(ipsTeamId, "ipsTeamId"));
    }

    Client toClient(PlaceraUser user) {
        return new Client(id, user.areaId(), firstName.strip(), lastName.strip(),
                PersonFields.identityCode(identityCode), preferredLanguage,
                ipsTeamId, coach(user), null);
    }

    /**
     * Only a team leader's form offers the coach (decision 0069); a coach registering is the coach, and a coach posted
     * to a form that does not offer it is ignored like any other field the form does not have (AZ5).
     */
    private UUID coach(PlaceraUser user) {
        if (user.has(Role.TEAM_LEADER) && coachStaffId != null) {
            return coachStaffId;
        }
        return user.has(Role.COACH) ? user.staffMemberId() : null;
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getIdentityCode() { return identityCode; }
    public void setIdentityCode(String identityCode) { this.identityCode = identityCode; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String language) { this.preferredLanguage = language; }
    public UUID getIpsTeamId() { return ipsTeamId; }
    public void setIpsTeamId(UUID ipsTeamId) { this.ipsTeamId = ipsTeamId; }
    public UUID getCoachStaffId() { return coachStaffId; }
    public void setCoachStaffId(UUID coachStaffId) { this.coachStaffId = coachStaffId; }
}

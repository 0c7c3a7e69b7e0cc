package fi.placera.clients.web;

import fi.placera.clients.PersonalIdentityCode;
import fi.placera.clients.internal.Client;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A new client: name, identity code if they have one, the language for letters and pages, the team. */
public class ClientForm {

    @NotNull
    private UUID id;
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    private String firstName;
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.too-long}")
    private String lastName;
    @Size(max = 20, message = "{identity-code.format}")
    private String identityCode;
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z]{2}", message = "{client.language.format}")
    private String preferredLanguage;
    @NotNull(message = "{validation.required}")
    private UUID ipsTeamId;

    static ClientForm empty(String language) {
        ClientForm form = new ClientForm();
        form.id = UUID.randomUUID();
        form.preferredLanguage = language;
        return form;
    }

    /** The identity code is optional, but when given it must be valid exactly as typed. */
    void checkIdentityCode(Errors errors) {
        if (identityCode != null && !identityCode.isBlank() && errors.getFieldErrorCount("identityCode") == 0) {
            PersonalIdentityCode.problemWith(identityCode.strip())
                    .ifPresent(problem -> errors.rejectValue("identityCode", problem));
        }
    }

    Client toClient(PlaceraUser user) {
        return new Client(id, user.areaId(), firstName.strip(), lastName.strip(),
                identityCode == null || identityCode.isBlank() ? null : identityCode.strip(), preferredLanguage,
                ipsTeamId, user.has(Role.COACH) ? user.staffMemberId() : null, null);
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
}

package fi.placera.clients.web;

import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.clients.internal.CareTeamReferrals;
import fi.placera.platform.web.Forms;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * A care team's referral to IPS (decision 0083): who the person is, the language for letters and pages, their wish to
 * work in their own words, and whom the IPS team contacts at the care team.
 */
public class CareTeamReferralForm {

    private static final int WISH = 2000;
    private static final int REFERRER = 200;
    private static final Pattern LANGUAGE = Pattern.compile("fi|sv|en");

    private UUID id;
    private UUID careTeamId;
    private UUID ipsTeamId;
    private String firstName;
    private String lastName;
    private String identityCode;
    private String preferredLanguage;
    private String wishToWork;
    private String contact;

    static CareTeamReferralForm empty(String language) {
        CareTeamReferralForm form = new CareTeamReferralForm();
        form.id = UUID.randomUUID();
        form.preferredLanguage = LANGUAGE.matcher(language).matches() ? language : "fi";
        return form;
    }

    /** Every field's refusal at once, next to it; what was typed stays on the form. */
    void check(Errors errors) {
        Forms.checked(errors, () -> present(id, "id"), () -> present(careTeamId, "careTeamId"),
                () -> present(ipsTeamId, "ipsTeamId"));
        // the identity code is optional, as at registration
        Forms.checked(errors, PersonFields.checks(firstName, lastName, identityCode, preferredLanguage, LANGUAGE));
        Forms.checked(errors, () -> required(wishToWork, WISH, "wishToWork"),
                () -> required(contact, REFERRER, "contact"));
    }

    CareTeamReferrals.Referral toReferral() {
        return new CareTeamReferrals.Referral(id, careTeamId, ipsTeamId, firstName.strip(), lastName.strip(),
                PersonFields.identityCode(identityCode), preferredLanguage,
                wishToWork.strip(), contact.strip());
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getCareTeamId() { return careTeamId; }
    public void setCareTeamId(UUID careTeamId) { this.careTeamId = careTeamId; }
    public UUID getIpsTeamId() { return ipsTeamId; }
    public void setIpsTeamId(UUID ipsTeamId) { this.ipsTeamId = ipsTeamId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getIdentityCode() { return identityCode; }
    public void setIdentityCode(String identityCode) { this.identityCode = identityCode; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String language) { this.preferredLanguage = language; }
    public String getWishToWork() { return wishToWork; }
    public void setWishToWork(String wishToWork) { this.wishToWork = wishToWork; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}

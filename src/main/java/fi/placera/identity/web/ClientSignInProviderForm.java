package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;

import fi.placera.identity.internal.ClientSignInProvider;
import fi.placera.platform.web.Forms;
import java.util.stream.Stream;
import org.springframework.validation.Errors;

/**
 * An area's provider of clients' strong identification as its administrator edits it (decision 0077): the connection,
 * and the claim that holds the personal identity code.
 */
public class ClientSignInProviderForm extends ProviderConnectionForm {

    private String identityCodeClaim = "personal_identity_code";

    static ClientSignInProviderForm of(ClientSignInProvider provider) {
        ClientSignInProviderForm form = new ClientSignInProviderForm();
        form.connection(provider.version(), provider.issuer(), provider.clientId(), provider.clientSecretRef());
        form.identityCodeClaim = provider.identityCodeClaim();
        return form;
    }

    void check(Errors errors) {
        Forms.checked(errors, Stream.concat(Stream.of(connectionChecks()), Stream.<Runnable>of(
                () -> formatted(identityCodeClaim, CLAIM, "sso.admin.claim.format", "identityCodeClaim")))
                .toArray(Runnable[]::new));
    }

    ClientSignInProvider toProvider(short areaId) {
        return new ClientSignInProvider(areaId, getIssuer().strip(), getClientId().strip(),
                getClientSecretRef().strip(), identityCodeClaim.strip(), getVersion());
    }

    public String getIdentityCodeClaim() { return identityCodeClaim; }
    public void setIdentityCodeClaim(String identityCodeClaim) { this.identityCodeClaim = identityCodeClaim; }
}

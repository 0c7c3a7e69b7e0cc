package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.internal.ClientSignInProvider;
import fi.placera.platform.web.Forms;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * An area's provider of clients' strong identification as its administrator edits it (decision 0077); the client
 * secret is named, never typed in.
 */
public class ClientSignInProviderForm {

    private static final Pattern ISSUER = Pattern.compile("https?://[^\\s]{1,490}");
    private static final Pattern SECRET_REF = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]{0,99}|file:/[^\\s]{1,300}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private int version;
    private String issuer;
    private String clientId;
    private String clientSecretRef;
    private String identityCodeClaim = "personal_identity_code";

    static ClientSignInProviderForm of(ClientSignInProvider provider) {
        ClientSignInProviderForm form = new ClientSignInProviderForm();
        form.version = provider.version();
        form.issuer = provider.issuer();
        form.clientId = provider.clientId();
        form.clientSecretRef = provider.clientSecretRef();
        form.identityCodeClaim = provider.identityCodeClaim();
        return form;
    }

    void check(Errors errors) {
        Forms.checked(errors,
                () -> formatted(issuer, ISSUER, "sso.admin.issuer.format", "issuer"),
                () -> required(clientId, 200, "clientId"),
                () -> formatted(clientSecretRef, SECRET_REF, "sso.admin.secret.format", "clientSecretRef"),
                () -> formatted(identityCodeClaim, CLAIM, "sso.admin.claim.format", "identityCodeClaim"));
    }

    ClientSignInProvider toProvider(short areaId) {
        return new ClientSignInProvider(areaId, issuer.strip(), clientId.strip(), clientSecretRef.strip(),
                identityCodeClaim.strip(), version);
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecretRef() { return clientSecretRef; }
    public void setClientSecretRef(String clientSecretRef) { this.clientSecretRef = clientSecretRef; }
    public String getIdentityCodeClaim() { return identityCodeClaim; }
    public void setIdentityCodeClaim(String identityCodeClaim) { this.identityCodeClaim = identityCodeClaim; }
}

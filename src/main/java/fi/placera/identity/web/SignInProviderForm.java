package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.internal.SignInProvider;
import fi.placera.identity.internal.SignInProvider.LinkTo;
import fi.placera.identity.internal.SignInProvider.WithoutMfa;
import fi.placera.platform.Checks;
import fi.placera.platform.web.Forms;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** An area's sign-in provider as its administrator edits it; the client secret is named, never typed in. */
public class SignInProviderForm {

    private static final Pattern ISSUER = Pattern.compile("https?://[^\\s]{1,490}");
    private static final Pattern SECRET_REF = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]{0,99}|file:/[^\\s]{1,300}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private int version;
    private String issuer;
    private String clientId;
    private String clientSecretRef;
    private String linkClaim = "email";
    private LinkTo linkTo = LinkTo.EMAIL;
    private String mfaClaim = "amr";
    private String mfaValues = "mfa";
    private WithoutMfa withoutMfa = WithoutMfa.REFUSE;

    static SignInProviderForm of(SignInProvider provider) {
        SignInProviderForm form = new SignInProviderForm();
        form.version = provider.version();
        form.issuer = provider.issuer();
        form.clientId = provider.clientId();
        form.clientSecretRef = provider.clientSecretRef();
        form.linkClaim = provider.linkClaim();
        form.linkTo = provider.linkTo();
        form.mfaClaim = provider.mfaClaim();
        form.mfaValues = provider.mfaValues();
        form.withoutMfa = provider.withoutMfa();
        return form;
    }

    void check(Errors errors) {
        Forms.checked(errors,
                () -> formatted(issuer, ISSUER, "sso.admin.issuer.format", "issuer"),
                () -> required(clientId, 200, "clientId"),
                () -> formatted(clientSecretRef, SECRET_REF, "sso.admin.secret.format", "clientSecretRef"),
                () -> formatted(linkClaim, CLAIM, "sso.admin.claim.format", "linkClaim"),
                () -> Checks.present(linkTo, "linkTo"),
                () -> formatted(mfaClaim, CLAIM, "sso.admin.claim.format", "mfaClaim"),
                () -> required(mfaValues, 500, "mfaValues"),
                () -> Checks.present(withoutMfa, "withoutMfa"));
    }

    SignInProvider toProvider(short areaId) {
        return new SignInProvider(areaId, issuer.strip(), clientId.strip(), clientSecretRef.strip(), linkClaim.strip(),
                linkTo, mfaClaim.strip(), mfaValues.strip(), withoutMfa, version);
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecretRef() { return clientSecretRef; }
    public void setClientSecretRef(String clientSecretRef) { this.clientSecretRef = clientSecretRef; }
    public String getLinkClaim() { return linkClaim; }
    public void setLinkClaim(String linkClaim) { this.linkClaim = linkClaim; }
    public LinkTo getLinkTo() { return linkTo; }
    public void setLinkTo(LinkTo linkTo) { this.linkTo = linkTo; }
    public String getMfaClaim() { return mfaClaim; }
    public void setMfaClaim(String mfaClaim) { this.mfaClaim = mfaClaim; }
    public String getMfaValues() { return mfaValues; }
    public void setMfaValues(String mfaValues) { this.mfaValues = mfaValues; }
    public WithoutMfa getWithoutMfa() { return withoutMfa; }
    public void setWithoutMfa(WithoutMfa withoutMfa) { this.withoutMfa = withoutMfa; }
}

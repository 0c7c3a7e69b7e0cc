package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.internal.SignInProvider;
import fi.placera.identity.internal.SignInProvider.LinkTo;
import fi.placera.identity.internal.SignInProvider.WithoutMfa;
import fi.placera.platform.Checks;
import fi.placera.platform.web.Forms;
import java.util.stream.Stream;
import org.springframework.validation.Errors;

/**
 * An area's sign-in provider for its staff as its administrator edits it (decision 0071): the connection, the claim
 * that links a person to their account, and what proves multi-factor authentication.
 */
public class SignInProviderForm extends ProviderConnectionForm {

    private String linkClaim = "email";
    private LinkTo linkTo = LinkTo.EMAIL;
    private String mfaClaim = "amr";
    private String mfaValues = "mfa";
    private WithoutMfa withoutMfa = WithoutMfa.REFUSE;

    static SignInProviderForm of(SignInProvider provider) {
        SignInProviderForm form = new SignInProviderForm();
        form.connection(provider.version(), provider.issuer(), provider.clientId(), provider.clientSecretRef());
        form.linkClaim = provider.linkClaim();
        form.linkTo = provider.linkTo();
        form.mfaClaim = provider.mfaClaim();
        form.mfaValues = provider.mfaValues();
        form.withoutMfa = provider.withoutMfa();
        return form;
    }

    void check(Errors errors) {
        Forms.checked(errors, Stream.concat(Stream.of(connectionChecks()), Stream.<Runnable>of(
                () -> formatted(linkClaim, CLAIM, "sso.admin.claim.format", "linkClaim"),
                () -> Checks.present(linkTo, "linkTo"),
                () -> formatted(mfaClaim, CLAIM, "sso.admin.claim.format", "mfaClaim"),
                () -> required(mfaValues, 500, "mfaValues"),
                () -> Checks.present(withoutMfa, "withoutMfa"))).toArray(Runnable[]::new));
    }

    SignInProvider toProvider(short areaId) {
        return new SignInProvider(areaId, getIssuer().strip(), getClientId().strip(), getClientSecretRef().strip(),
                linkClaim.strip(), linkTo, mfaClaim.strip(), mfaValues.strip(), withoutMfa, getVersion());
    }

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

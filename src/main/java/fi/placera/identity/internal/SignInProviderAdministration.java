package fi.placera.identity.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area administrator's configuration of their area's sign-in provider (decision 0071). Every change writes one
 * row to the audit trail with what it points to, never a secret (the configuration holds none: only where the
 * secret is read from).
 */
@Service
public class SignInProviderAdministration {

    private final SignInProviders providers;
    private final AdminChanges changes;

    SignInProviderAdministration(SignInProviders providers, AdminChanges changes) {
        this.providers = providers;
        this.changes = changes;
    }

    /** The provider of the administrator's own area; a national administrator has no area and so none. */
    public Optional<SignInProvider> provider(Administrator by) {
        return Optional.ofNullable(by.areaId()).flatMap(providers::of);
    }

    /** Saves the area's provider; refused when someone else saved it since the form was loaded. */
    @Transactional
    public void save(Administrator by, SignInProvider provider) {
        if (by.areaId() == null || by.areaId() != provider.areaId()) {
            throw new IllegalArgumentException("an administrator configures their own area's provider only");
        }
        String before = provider(by).map(SignInProviderAdministration::summary).orElse(null);
        if (!providers.save(provider)) {
            throw new Rejection(null, "form.conflict");
        }
        changes.record(by, AdminChange.of(AdminChanges.SIGN_IN_PROVIDER, provider.areaId(), provider.areaId(),
                before == null ? "SIGN_IN_PROVIDER_CREATED" : "SIGN_IN_PROVIDER_CHANGED", before, summary(provider)));
    }

    private static String summary(SignInProvider provider) {
        return "issuer=" + provider.issuer() + " client=" + provider.clientId() + " secret=" + provider.clientSecretRef()
                + " link=" + provider.linkClaim() + "->" + provider.linkTo() + " mfa=" + provider.mfaClaim() + ":"
                + provider.mfaValues() + " without=" + provider.withoutMfa();
    }
}

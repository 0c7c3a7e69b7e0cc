package fi.placera.identity.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area administrator's configuration of their area's provider of clients' strong identification (decision 0077).
 * Every change writes one row to the audit trail with what it points to, never a secret.
 */
@Service
public class ClientSignInProviderAdministration {

    private final ClientSignInProviders providers;
    private final AdminChanges changes;

    ClientSignInProviderAdministration(ClientSignInProviders providers, AdminChanges changes) {
        this.providers = providers;
        this.changes = changes;
    }

    public Optional<ClientSignInProvider> provider(short areaId) {
        return providers.ofArea(areaId);
    }

    /** Saves the administrator's own area's provider; refused when someone else saved it since the form was loaded. */
    @Transactional
    public void save(Administrator by, ClientSignInProvider provider) {
        if (by.areaId() == null || !by.areaId().equals(provider.areaId())) {
            throw new IllegalArgumentException("an administrator configures their own area's provider only");
        }
        String before = provider(provider.areaId()).map(ClientSignInProviderAdministration::summary).orElse(null);
        if (!providers.save(provider)) {
            throw new Rejection(null, "form.conflict");
        }
        changes.record(by, AdminChange.of(AdminChanges.CLIENT_SIGN_IN_PROVIDER, provider.areaId(), provider.areaId(),
                before == null ? "CLIENT_SIGN_IN_PROVIDER_CREATED" : "CLIENT_SIGN_IN_PROVIDER_CHANGED", before,
                summary(provider)));
    }

    private static String summary(ClientSignInProvider provider) {
        return "issuer=" + provider.issuer() + " client=" + provider.clientId() + " secret=" + provider.clientSecretRef()
                + " code=" + provider.identityCodeClaim();
    }
}

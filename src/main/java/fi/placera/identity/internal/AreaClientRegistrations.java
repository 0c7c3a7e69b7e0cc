package fi.placera.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The client registrations of the areas' providers, read from the database ({@code area-<area id>}), and of the
 * providers of clients' strong identification ({@code client-national}, {@code client-area-<area id>}, decision
 * 0077): each built once per saved version of the provider from the provider's discovery document, whose issuer must
 * be the one configured (OpenID Connect Discovery 1.0 §4.3), with the client secret read from where the
 * configuration names.
 * Authorization code with PKCE; the scopes ask only who the person is.
 */
@Component
public class AreaClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(AreaClientRegistrations.class);
    private final SignInProviders providers;
    private final ClientSignInProviders clientProviders;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    AreaClientRegistrations(SignInProviders providers, ClientSignInProviders clientProviders) {
        this.providers = providers;
        this.clientProviders = clientProviders;
    }

    /**
     * The registration, or null (as the interface wants) for an area without a usable provider. Clients' strong
     * identification (decision 0077) asks only for {@code openid}: the identity code comes in the ID token.
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (ClientSignInProvider.isClients(registrationId)) {
            return clientProviders.of(registrationId).flatMap(provider -> registration(provider.registrationId(),
                    provider, provider.areaId(), provider.issuer(), provider.clientId(), provider.clientSecretRef(),
                    "openid")).orElse(null);
        }
        return SignInProvider.areaOf(registrationId).flatMap(providers::of)
                .flatMap(provider -> registration(provider.registrationId(), provider, provider.areaId(),
                        provider.issuer(), provider.clientId(), provider.clientSecretRef(), "openid", "profile", "email"))
                .orElse(null);
    }

    /** The area's provider as configured now, for the checks at sign-in (the link claim, the MFA values). */
    public Optional<SignInProvider> provider(String registrationId) {
        return SignInProvider.areaOf(registrationId).flatMap(providers::of);
    }

    /** Built once per configuration (the provider record as saved): a changed configuration is built again. */
    private Optional<ClientRegistration> registration(String registrationId, Record configuration, Short areaId,
            String issuer, String clientId, String secretRef, String... scopes) {
        Built cached = built.get(registrationId);
        if (cached != null && cached.provider().equals(configuration)) {
            return Optional.of(cached.registration());
        }
        try {
            ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(registrationId)
                    .clientId(clientId)
                    .clientSecret(secret(secretRef))
                    .scope(scopes)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            built.put(registrationId, new Built(configuration, registration));
            return Optional.of(registration);
        } catch (RuntimeException | IOException unusable) {
            // the provider is down or misconfigured: nobody signs in through it until it is fixed
            log.atWarn().addKeyValue("area", areaId).addKeyValue("registration", registrationId)
                    .addKeyValue("reason", unusable.getClass().getSimpleName())
                    .log("sign-in provider unusable");
            return Optional.empty();
        }
    }

    /** The client secret from the environment variable or file the configuration names; never from the database. */
    static String secret(String reference) throws IOException {
        if (reference.startsWith("env:")) {
            String value = System.getenv(reference.substring("env:".length()));
            if (value == null || value.isBlank()) {
                throw new IOException("no secret in the environment variable");
            }
            return value.strip();
        }
        return Files.readString(Path.of(reference.substring("file:".length()))).strip();
    }

    private record Built(Record provider, ClientRegistration registration) {
    }
}

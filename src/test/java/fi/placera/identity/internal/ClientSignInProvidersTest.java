package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The national provider of clients' strong identification is an application setting (decision 0077): none without
 * an issuer, and only the exact registration ids name a provider.
 */
class ClientSignInProvidersTest {

    @Test
    void theNationalProviderComesFromTheSettingsWithItsIdentityCodeClaim() {
        ClientSignInProviders providers = new ClientSignInProviders(null, "https://127.0.0.1:8443/tunnistus", "placera",
                "env:PLACERA_CLIENT_SECRET", "urn:oid:1.2.246.21");
        ClientSignInProvider national = providers.of("client-national").orElseThrow();
        assertThat(national.areaId()).isNull();
        assertThat(national.identityCodeClaim()).isEqualTo("urn:oid:1.2.246.21");
        assertThat(national.registrationId()).isEqualTo("client-national");
    }

    @Test
    void withoutAnIssuerThereIsNoNationalProvider() {
        ClientSignInProviders providers = new ClientSignInProviders(null, "", "", "", "personal_identity_code");
        assertThat(providers.of("client-national")).isEmpty();
    }

    @Test
    void onlyExactRegistrationIdsNameAClientsProvider() {
        assertThat(ClientSignInProvider.areaOf("client-area-17")).contains((short) 17);
        for (String malformed : new String[] {"client-area-", "client-area-1x", "client-area-12345", "area-17",
                "client-area-17/x", "CLIENT-AREA-17", null}) {
            assertThat(ClientSignInProvider.areaOf(malformed)).as(malformed).isEmpty();
        }
        assertThat(ClientSignInProvider.isClients("area-17")).isFalse();
        assertThat(ClientSignInProvider.isClients("client-area-17")).isTrue();
    }
}

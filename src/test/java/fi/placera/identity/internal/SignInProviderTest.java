package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.identity.internal.SignInProvider.LinkTo;
import fi.placera.identity.internal.SignInProvider.WithoutMfa;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decision 0071: what proves multi-factor authentication, and which registration ids name an area. */
class SignInProviderTest {

    private static SignInProvider provider(String mfaClaim, String mfaValues) {
        return new SignInProvider((short) 19, "https://login.example.org", "placera", "env:SECRET", "email",
                LinkTo.EMAIL, mfaClaim, mfaValues, WithoutMfa.REFUSE, 0);
    }

    @Test
    void anAmrListProvesMfaOnlyWithAnAcceptedValue() {
        SignInProvider amr = provider("amr", "mfa hwk");
        assertThat(amr.provesMfa(Map.of("amr", List.of("pwd", "hwk")))).isTrue();
        assertThat(amr.provesMfa(Map.of("amr", List.of("pwd")))).isFalse();
        assertThat(amr.provesMfa(Map.of("amr", List.of()))).isFalse();
        assertThat(amr.provesMfa(Map.of())).isFalse();
        // another claim with the accepted value proves nothing
        assertThat(amr.provesMfa(Map.of("acr", "mfa"))).isFalse();
    }

    @Test
    void aSingleValuedAcrMustEqualAnAcceptedValueExactly() {
        SignInProvider acr = provider("acr", "urn:example:loa:substantial");
        assertThat(acr.provesMfa(Map.of("acr", "urn:example:loa:substantial"))).isTrue();
        assertThat(acr.provesMfa(Map.of("acr", "urn:example:loa:low"))).isFalse();
        assertThat(acr.provesMfa(Map.of("acr", "urn:example:loa:substantial "))).isFalse();
    }

    @Test
    void onlyAreaDashDigitsNamesAnArea() {
        assertThat(SignInProvider.areaOf("area-19")).contains((short) 19);
        assertThat(SignInProvider.areaOf("area-")).isEmpty();
        assertThat(SignInProvider.areaOf("area-1x")).isEmpty();
        assertThat(SignInProvider.areaOf("AREA-19")).isEmpty();
        assertThat(SignInProvider.areaOf("area-99999")).isEmpty();
        assertThat(SignInProvider.areaOf(null)).isEqualTo(Optional.empty());
    }
}

package fi.placera.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a typed search matches (decision 0058). */
class ClientSearchTest {

    private static final String CODE = "131052-308T";
    private static final Client MAKELA = client("Päivi", "Mäkelä-Åström", CODE);
    private static final Client PERCENT = client("Sata", "Pro%sentti_", null);

    private static Client client(String first, String last, String code) {
        return new Client(UUID.randomUUID(), (short) 17, first, last, code, "fi", UUID.randomUUID(), null, 0);
    }

    private static boolean finds(String typed, Client client) {
        return ClientSearch.of(typed).matches(client, Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mäkelä", "MAKELA", "akel", "astrom", "ÅSTRÖM", "päivi mäkelä", "Makela-Astrom Paivi",
            "  kelä  "})
    void aNameMatchesByAnyPartInAnyCaseWithOrWithoutAccents(String typed) {
        assertThat(finds(typed, MAKELA)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mäkelä virtanen", "mäkinen", "%", "_", "\\", "mäk%", "m_kelä", ".*", "131052",
            "131052-308", "131052-308U", "\u0000", "mäkelä\u0000"})
    void anythingElseDoesNotMatch(String typed) {
        assertThat(finds(typed, MAKELA)).isFalse();
    }

    @Test
    void wildcardsAreOnlyCharacters() {
        assertThat(finds("%", PERCENT)).isTrue();
        assertThat(finds("o%s", PERCENT)).isTrue();
        assertThat(finds("_", PERCENT)).isTrue();
        assertThat(finds("%", MAKELA)).isFalse();
    }

    @Test
    void anIdentityCodeMatchesOnlyTheWholeCodeAndIsNeverANameOrReference() {
        assertThat(finds(CODE, MAKELA)).isTrue();
        assertThat(finds(CODE.toLowerCase(), MAKELA)).isTrue();
        assertThat(finds("131052-308T", client("Toinen", "Henkilö", "010101-123N"))).isFalse();
        assertThat(ClientSearch.of(CODE).reference()).isEmpty();
        assertThat(ClientSearch.of(CODE).words()).isEmpty();
    }

    @Test
    void aLongOrControlCharacterTextIsNeitherLookedUpNorMatched() {
        assertThat(ClientSearch.of("x".repeat(4000)).reference()).isEmpty();
        assertThat(finds("m".repeat(101), MAKELA)).isFalse();
        assertThat(ClientSearch.of("REF\u0000").reference()).isEmpty();
        assertThat(ClientSearch.of(" REF-17 ").reference()).contains("REF-17");
    }

    @Test
    void nothingTypedMatchesEveryoneAndAReferencedClientMatchesWhateverItsName() {
        assertThat(finds("", MAKELA)).isTrue();
        assertThat(finds(null, MAKELA)).isTrue();
        assertThat(ClientSearch.of("REF-17").matches(MAKELA, Set.of(MAKELA.id()))).isTrue();
        assertThat(ClientSearch.of("REF-17").matches(MAKELA, Set.of())).isFalse();
    }
}

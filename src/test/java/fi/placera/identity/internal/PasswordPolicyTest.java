package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AU1: length rules only, no composition rules; common and context passwords refused. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private static final List<String> NONE = List.of();

    @Test
    void sevenCharactersAreTooFewAndEightSixtyFourAnd128AreAccepted() {
        assertThat(policy.problemWith("kahvi-7", NONE)).hasValue("password.too-short");
        assertThat(policy.problemWith("kahvipöy", NONE)).isEmpty();
        assertThat(policy.problemWith("ä".repeat(4) + "kahvikuppi" + "x".repeat(50), NONE)).isEmpty();
        assertThat(policy.problemWith("muumimukit ".repeat(11) + "kahvikuppi", NONE)).isEmpty();
        assertThat(policy.problemWith("y".repeat(257), NONE)).hasValue("password.too-long");
    }

    @Test
    void noCompositionRulesLowercaseOnlyOrSpacesAreFine() {
        assertThat(policy.problemWith("aamukahvi laiturilla", NONE)).isEmpty();
        assertThat(policy.problemWith("         korvapuusti", NONE)).isEmpty();
    }

    @Test
    void theThreeThousandMostCommonPasswordsOfEightOrMoreCharactersAreAllRefused() throws Exception {
        List<String> top = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().subList(0, 3000);
        assertThat(top).filteredOn(p -> p.length() >= PasswordPolicy.MIN_LENGTH)
                .isNotEmpty()
                .allSatisfy(common -> assertThat(policy.problemWith(common, NONE)).as(common).hasValue("password.common"));
        assertThat(policy.problemWith("Password1", NONE)).hasValue("password.common");
    }

    @Test
    void contextWordsAndTheUsersOwnNamesAreRefused() {
        assertThat(policy.problemWith("placera", NONE)).hasValue("password.too-short");
        assertThat(policy.problemWith("placera2026!", NONE)).hasValue("password.context");
        assertThat(policy.problemWith("Placera-IPS-1", NONE)).hasValue("password.context");
        assertThat(policy.problemWith("heikkinen1975", List.of("mikko", "heikkinen", "coach1"))).hasValue("password.context");
        assertThat(policy.problemWith("placera on paras kahvinkeitin", NONE)).isEmpty();
    }
}

package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdentityCodeTest {

    @Test
    void theExampleFromTheReferenceIsValid() {
        PersonalIdentityCode code = new PersonalIdentityCode("131052-308T");
        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(code.isTemporary()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"+, 1801", "-, 1901", "Y, 1901", "X, 1901", "W, 1901", "V, 1901", "U, 1901",
        "A, 2001", "B, 2001", "C, 2001", "D, 2001", "E, 2001", "F, 2001"})
    void everyCenturySignGivesItsCentury(char sign, int year) {
        PersonalIdentityCode code = new PersonalIdentityCode(withCheck("010101" + sign + "123"));
        assertThat(code.birthDate().getYear()).isEqualTo(year);
    }

    @Test
    void theCenturySignIsPartOfTheIdentityAndNeverNormalised() {
        PersonalIdentityCode dash = new PersonalIdentityCode("010101-123N");
        PersonalIdentityCode y = new PersonalIdentityCode("010101Y123N");
        assertThat(dash).isNotEqualTo(y);
        assertThat(y.value()).isEqualTo("010101Y123N");
    }

    @Test
    void temporaryCodesAreValidAndKnownAsTemporary() {
        assertThat(new PersonalIdentityCode(withCheck("010190-900")).isTemporary()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"131052-308A, identity-code.check", "300290-123X, identity-code.date", "290201A123X, identity-code.date",
        "010101-001X, identity-code.number", "010101-000X, identity-code.number", "131052/308T, identity-code.format",
        "131052-308t, identity-code.format", "13105-2308T, identity-code.format", "' 131052-308T', identity-code.format",
        "131052-308TT, identity-code.format", "'', identity-code.format"})
    void invalidCodesAreRefusedWithTheirReason(String text, String reason) {
        assertThat(PersonalIdentityCode.problemWith(text)).hasValue(reason);
        assertThatThrownBy(() -> new PersonalIdentityCode(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(text.strip().isEmpty() ? "\u0000" : text.strip());
    }

    @Test
    void leapDaysExistOnlyInLeapYears() {
        assertThat(PersonalIdentityCode.parse(withCheck("290200A123"))).isPresent();
        assertThat(PersonalIdentityCode.parse(withCheck("290201A123"))).isEmpty();
        assertThat(PersonalIdentityCode.parse(withCheck("290200-123"))).isEmpty();
    }

    @Test
    void parsingTrimsSpacesButNothingElse() {
        assertThat(PersonalIdentityCode.parse("  131052-308T ")).map(PersonalIdentityCode::value).hasValue("131052-308T");
        assertThat(PersonalIdentityCode.parse(null)).isEmpty();
    }

    @Test
    void printingNeverShowsTheWholeCode() {
        assertThat(new PersonalIdentityCode("131052-308T").toString()).doesNotContain("308T");
    }

    /** Appends the right check character, to build valid codes for the test. */
    static String withCheck(String firstTen) {
        int number = Integer.parseInt(firstTen.substring(0, 6) + firstTen.substring(7, 10));
        return firstTen + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(number % 31);
    }
}

package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Business IDs (Y-tunnus) are accepted exactly when the check digit is right. */
class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0112038-9", "1572860-0", "0737546-2", "2617416-4", "0116297-6", "1234567-1"})
    void realBusinessIdsAreValid(String id) {
        assertThat(BusinessId.problemWith(id)).isEmpty();
        assertThat(new BusinessId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "0112038-8, employer.business-id.check",
        "1572860-1, employer.business-id.check",
        "0000001-0, employer.business-id.check",
        "112038-9, employer.business-id.format",
        "0112038 9, employer.business-id.format",
        "01120389, employer.business-id.format",
        "0112038-X, employer.business-id.format",
        "FI01120389, employer.business-id.format"})
    void wrongCheckDigitsAndFormatsAreRefused(String id, String problem) {
        assertThat(BusinessId.problemWith(id)).contains(problem);
        assertThatThrownBy(() -> new BusinessId(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void numbersWhoseRemainderIsOneHaveNoValidCheckDigit(int check) {
        // 0000006: weighted sum 6 × 2 = 12, 12 mod 11 = 1, so no business ID starts with it
        assertThat(BusinessId.problemWith("0000006-" + check)).contains("employer.business-id.check");
    }
}

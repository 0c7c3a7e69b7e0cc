package fi.placera.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.platform.Rejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The values a correction replaces: only the changed fields, and no correction that changes nothing. */
class ReplacedTest {

    @Test
    void namesOnlyTheChangedFieldsWithTheValueTheyHad() {
        assertThat(new Replaced().field("title", "Cook", "Chef").field("note", null, "new")
                .field("startedOn", LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-02")).orNothingChanged())
                .containsExactly(new Previous("title", "Cook"), new Previous("note", ""));
    }

    @Test
    void numbersAreComparedByValueAndKeptWithoutTrailingZeros() {
        assertThat(new Replaced().field("hoursPerWeek", new BigDecimal("20.50"), new BigDecimal("30"))
                .orNothingChanged()).containsExactly(new Previous("hoursPerWeek", "20.5"));
        assertThatThrownBy(() -> new Replaced().field("hoursPerWeek", new BigDecimal("20.0"), new BigDecimal("20"))
                .orNothingChanged()).isInstanceOf(Rejection.class);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        assertThatThrownBy(() -> new Replaced().field("title", "Cook", "Cook").orNothingChanged())
                .isInstanceOf(Rejection.class).extracting(e -> ((Rejection) e).messageKey())
                .isEqualTo("revision.nothing-changed");
    }
}

package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Instrument.ItemType;
import fi.placera.evaluation.Instrument.ResponseScale;
import fi.placera.evaluation.Instrument.Respondent;
import fi.placera.evaluation.internal.InstrumentDefinitions;
import fi.placera.platform.Rejection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A safety item's threshold: reached from its value up, never by a missing or malformed answer, only on its scale. */
class SafetyItemsTest {

    private static final Map<String, String> T = Map.of("fi", "x", "sv", "x", "en", "x");
    private static final ResponseScale DAYS = new ResponseScale(0, 3,
            Map.of("fi", List.of("a", "b", "c", "d"), "sv", List.of("a", "b", "c", "d"), "en", List.of("a", "b", "c", "d")));

    private static Definition withItemNine(Integer safetyFrom) {
        return new Definition(Respondent.CLIENT, true, T, T, Map.of("days", DAYS),
                List.of(new Item("8", ItemType.SCALE, "days", List.of(), false, T),
                        new Item("9", ItemType.SCALE, "days", List.of(), false, T, safetyFrom)),
                List.of());
    }

    @Test
    void itemNineSignalsFromOneAndNothingElseDoes() {
        Definition phq = withItemNine(1);
        assertThat(phq.safetySignals(Map.of("8", "3", "9", "0"))).isEmpty();
        for (String value : List.of("1", "2", "3", " 2 ")) {
            assertThat(phq.safetySignals(Map.of("9", value))).extracting(Item::code).containsExactly("9");
        }
        assertThat(phq.safetySignals(Map.of("8", "3"))).as("unanswered").isEmpty();
        assertThat(phq.safetySignals(Map.of("9", "kyllä"))).as("malformed").isEmpty();
        assertThat(withItemNine(null).safetySignals(Map.of("9", "3"))).as("not a safety item").isEmpty();
    }

    @Test
    void aThresholdOutsideTheScaleIsRefused() {
        InstrumentDefinitions.check(withItemNine(3));
        assertThatThrownBy(() -> InstrumentDefinitions.check(withItemNine(4)))
                .isInstanceOfSatisfying(Rejection.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("evaluation.definition.safety"));
    }

    @Test
    void theStoredDefinitionKeepsTheThresholdAndTheStem() {
        Definition read = InstrumentDefinitions.parse(InstrumentDefinitions.json(withItemNine(1)));
        assertThat(read.item("9").orElseThrow().safetyFrom()).isEqualTo(1);
        assertThat(read.stem(java.util.Locale.ENGLISH)).isEqualTo("x");
    }
}

package fi.placera.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Respondent;
import fi.placera.evaluation.Score;
import fi.placera.evaluation.Scoring;
import fi.placera.platform.Rejection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every instrument the V32 migration ships, read from the migration itself and scored against examples computed
 * by hand: complete answers, missing items within the allowance (prorated), too many missing (not computed) and
 * reverse-scored items.
 */
class ShippedInstrumentsTest {

    private static final Map<String, Definition> SHIPPED = new LinkedHashMap<>();

    @BeforeAll
    static void readMigration() throws IOException {
        String sql = new ClassPathResource("db/migration/V32__create_evaluation_instrument.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                + new ClassPathResource("db/migration/V34__seed_team_questionnaires.sql").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("'([A-Z0-9_-]+)', 1, \\$json\\$(.*?)\\$json\\$", Pattern.DOTALL).matcher(sql);
        while (m.find()) {
            SHIPPED.put(m.group(1), InstrumentDefinitions.parse(m.group(2)));
        }
    }

    @Test
    void shipsTheTenInstrumentsAndEveryOneHoldsTogether() {
        assertThat(SHIPPED).containsOnlyKeys("WHO-5", "PHQ-9", "GAD-7", "MHI-5", "WHODAS-12", "BACKGROUND", "REFERRAL",
                "EMPLOYER_FEEDBACK", "CARE_TEAM_FEEDBACK", "COACH_SURVEY");
        assertThat(SHIPPED.get("EMPLOYER_FEEDBACK").perClient()).isFalse();
        assertThat(SHIPPED.get("BACKGROUND").respondent()).isEqualTo(Respondent.COACH);
        assertThat(SHIPPED.get("REFERRAL").item("diagnosis_group").orElseThrow().options()).hasSize(11);
        assertThat(SHIPPED.get("REFERRAL").item("diagnosis_group").orElseThrow().hasOption("F20-F29")).isTrue();
    }

    @Test
    void who5IsTheRawSumTimesFour() {
        assertThat(total("WHO-5", "3", "4", "2", "5", "1")).isEqualByComparingTo("60");
        assertThat(total("WHO-5", "5", "5", "5", "5", "5")).isEqualByComparingTo("100");
        assertThat(total("WHO-5", "0", "0", "0", "0", "0")).isEqualByComparingTo("0");
        // one missing: mean 14/4 = 3.5, × 5 items = 17.5, × 4 = 70
        assertThat(total("WHO-5", "3", "4", "2", "5", "")).isEqualByComparingTo("70.0");
        assertThat(score("WHO-5", "total", "3", "4", "2", "", "").computed()).isFalse();
        assertThat(score("WHO-5", "total", "3", "4", "2", "", "").missing()).isEqualTo(2);
    }

    @Test
    void phq9IsASumOf0To3WithItsBandsAndPhq2() {
        assertThat(total("PHQ-9", "1", "2", "0", "3", "1", "0", "2", "1", "0")).isEqualByComparingTo("10");
        Definition phq = SHIPPED.get("PHQ-9");
        assertThat(phq.score("total").orElseThrow().band(new BigDecimal("10")).orElseThrow().name(Locale.ENGLISH))
                .isEqualTo("Moderate");
        assertThat(phq.score("total").orElseThrow().band(new BigDecimal("4")).orElseThrow().name(Locale.ENGLISH))
                .isEqualTo("None or minimal");
        assertThat(score("PHQ-9", "phq2", "1", "2", "0", "3", "1", "0", "2", "1", "0").value()).isEqualByComparingTo("3");
        // items 8 and 9 missing: 9 / 7 answered × 9 = 11.571… → 11.6
        assertThat(total("PHQ-9", "1", "2", "0", "3", "1", "0", "2", "", "")).isEqualByComparingTo("11.6");
        assertThat(score("PHQ-9", "total", "1", "2", "0", "3", "1", "0", "", "", "").computed()).isFalse();
        // PHQ-2 allows no missing item while the total still is computed
        assertThat(score("PHQ-9", "phq2", "1", "", "0", "3", "1", "0", "2", "1", "0").computed()).isFalse();
        assertThat(total("PHQ-9", "1", "", "0", "3", "1", "0", "2", "1", "0")).isEqualByComparingTo("9.0");
        assertThat(total("PHQ-9", "3", "3", "3", "3", "3", "3", "3", "3", "3")).isEqualByComparingTo("27");
    }

    @Test
    void gad7IsASumOf0To3() {
        assertThat(total("GAD-7", "2", "2", "1", "1", "0", "3", "1")).isEqualByComparingTo("10");
        // item 7 missing: 9 / 6 × 7 = 10.5
        assertThat(total("GAD-7", "2", "2", "1", "1", "0", "3", "")).isEqualByComparingTo("10.5");
        assertThat(score("GAD-7", "total", "2", "2", "1", "1", "0", "", "").computed()).isFalse();
        assertThat(SHIPPED.get("GAD-7").score("total").orElseThrow().band(new BigDecimal("15")).orElseThrow()
                .name(Locale.ENGLISH)).isEqualTo("Severe");
    }

    @Test
    void mhi5ReversesItemsThreeAndFiveAndRescalesTo0To100() {
        // 4, 5, (7-2)=5, 4, (7-3)=4 → 22; mean 4.4 → (4.4 - 1) / 5 × 100 = 68
        assertThat(total("MHI-5", "4", "5", "2", "4", "3")).isEqualByComparingTo("68.0");
        // best mental health: never nervous or down (6), calm and happy all of the time (1, reversed to 6)
        assertThat(total("MHI-5", "6", "6", "1", "6", "1")).isEqualByComparingTo("100");
        assertThat(total("MHI-5", "1", "1", "6", "1", "6")).isEqualByComparingTo("0");
        // all "all of the time": 1, 1, 6, 1, 6 → mean 3 → 40
        assertThat(total("MHI-5", "1", "1", "1", "1", "1")).isEqualByComparingTo("40.0");
        // items 4 and 5 missing: 4, 5, 5 → mean 4.667 → 73.3
        assertThat(total("MHI-5", "4", "5", "2", "", "")).isEqualByComparingTo("73.3");
        assertThat(score("MHI-5", "total", "4", "5", "", "", "").computed()).isFalse();
    }

    @Test
    void whodas12IsTheSimpleSumFrom12To60AndNeedsEveryItem() {
        assertThat(total("WHODAS-12", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1")).isEqualByComparingTo("12");
        assertThat(total("WHODAS-12", "1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "1", "2")).isEqualByComparingTo("33");
        assertThat(total("WHODAS-12", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5")).isEqualByComparingTo("60");
        assertThat(score("WHODAS-12", "total", "1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "1", "").computed()).isFalse();
    }

    @Test
    void teamQuestionnairesAreTheMeanOfTheirAgreementItems() {
        // 4, 5, 3 → 4; one missing is allowed: 4, 5 → 4.5; two missing: not computed; the text item is not scored
        assertThat(score("EMPLOYER_FEEDBACK", "mean", "4", "5", "3", "Hyvä").value()).isEqualByComparingTo("4.0");
        assertThat(score("EMPLOYER_FEEDBACK", "mean", "4", "5", "", "").value()).isEqualByComparingTo("4.5");
        assertThat(score("CARE_TEAM_FEEDBACK", "mean", "4", "", "", "").computed()).isFalse();
        assertThat(score("COACH_SURVEY", "mean", "2", "3", "5", "").value()).isEqualByComparingTo("3.3");
    }

    @Test
    void anAnswerOutsideTheScaleCountsAsMissing() {
        assertThat(score("WHO-5", "total", "3", "4", "2", "5", "9").missing()).isEqualTo(1);
    }

    @Test
    void aMeanSubscaleOfAnUploadedInstrument() {
        Definition definition = InstrumentDefinitions.parse("""
                {"respondent": "EMPLOYER", "perClient": false,
                 "names": {"fi": "Työnantaja", "sv": "Arbetsgivare", "en": "Employer"},
                 "scales": {"agree": {"min": 1, "max": 4, "labels": {"fi": ["a","b","c","d"], "sv": ["a","b","c","d"], "en": ["a","b","c","d"]}}},
                 "items": [
                   {"code": "a", "type": "SCALE", "scale": "agree", "texts": {"fi": "A", "sv": "A", "en": "A"}},
                   {"code": "b", "type": "SCALE", "scale": "agree", "reverse": true, "texts": {"fi": "B", "sv": "B", "en": "B"}},
                   {"code": "c", "type": "SCALE", "scale": "agree", "texts": {"fi": "C", "sv": "C", "en": "C"}},
                   {"code": "note", "type": "TEXT", "texts": {"fi": "N", "sv": "N", "en": "N"}}],
                 "scores": [
                   {"code": "ab", "method": "MEAN", "items": ["a", "b"], "maxMissing": 1, "higherIsBetter": true,
                    "names": {"fi": "AB", "sv": "AB", "en": "AB"}},
                   {"code": "all", "method": "SUM", "maxMissing": 0, "transform": "RESCALE", "higherIsBetter": true,
                    "names": {"fi": "K", "sv": "K", "en": "K"}}]}""");
        Map<String, String> answers = Map.of("a", "4", "b", "2", "c", "1", "note", "text");
        // a = 4, b reversed 1 + 4 - 2 = 3 → mean 3.5; all: 4 + 3 + 1 = 8, mean 8/3 → (2.667 - 1) / 3 × 100 = 55.6
        assertThat(Scoring.score(definition, answers)).extracting(Score::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3.5"), new BigDecimal("55.6"));
        assertThat(Scoring.score(definition, Map.of("a", "4")).get(0).value()).isEqualByComparingTo("4");
    }

    @Test
    void aDefinitionThatDoesNotHoldTogetherIsRefusedWithWhatIsWrong() {
        String good = """
                {"respondent": "CLIENT", "perClient": true, "names": {"fi": "X", "sv": "X", "en": "X"},
                 "scales": {"s": {"min": 0, "max": 1, "labels": {"fi": ["a","b"], "sv": ["a","b"], "en": ["a","b"]}}},
                 "items": [{"code": "1", "type": "SCALE", "scale": "s", "texts": {"fi": "A", "sv": "A", "en": "A"}}],
                 "scores": [{"code": "t", "method": "SUM", "maxMissing": %d, "higherIsBetter": true,
                   "names": {"fi": "T", "sv": "T", "en": "T"}}]}""";
        assertThat(InstrumentDefinitions.parse(good.formatted(0)).items()).hasSize(1);
        assertThatThrownBy(() -> InstrumentDefinitions.parse(good.formatted(1)))
                .isInstanceOf(Rejection.class).hasMessage("evaluation.definition.score");
        assertThatThrownBy(() -> InstrumentDefinitions.parse(good.formatted(0).replace("\"sv\": \"A\", ", "")))
                .isInstanceOf(Rejection.class).hasMessage("evaluation.definition.texts");
        assertThatThrownBy(() -> InstrumentDefinitions.parse(good.formatted(0).replace("\"scale\": \"s\"", "\"scale\": \"q\"")))
                .isInstanceOf(Rejection.class).hasMessage("evaluation.definition.item");
        assertThatThrownBy(() -> InstrumentDefinitions.parse("{not json"))
                .isInstanceOf(Rejection.class).hasMessage("evaluation.definition.unreadable");
        assertThatThrownBy(() -> InstrumentDefinitions.parse(good.formatted(0).replace("\"perClient\"", "\"perClients\"")))
                .isInstanceOf(Rejection.class).hasMessage("evaluation.definition.unreadable");
    }

    private static BigDecimal total(String instrument, String... answers) {
        Score score = score(instrument, "total", answers);
        assertThat(score.computed()).as("%s computed", instrument).isTrue();
        return score.value();
    }

    private static Score score(String instrument, String code, String... answers) {
        Definition definition = SHIPPED.get(instrument);
        Map<String, String> byItem = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            byItem.put(definition.items().get(i).code(), answers[i]);
        }
        return Scoring.score(definition, definition.score(code).orElseThrow(), byItem);
    }
}

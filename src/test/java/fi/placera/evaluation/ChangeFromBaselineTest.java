package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.evaluation.ChangeFromBaseline.Change;
import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Instrument.ItemType;
import fi.placera.evaluation.Instrument.Method;
import fi.placera.evaluation.Instrument.ResponseScale;
import fi.placera.evaluation.Instrument.Respondent;
import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Instrument.Transform;
import fi.placera.evaluation.Questionnaires.AnsweredBy;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.evaluation.Questionnaires.State;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mean change from baseline and the clients improved by a meaningful amount, computed by hand. */
class ChangeFromBaselineTest {

    private static final Map<String, String> T = Map.of("fi", "x", "sv", "x", "en", "x");
    /** One item 0–10, higher is better, a change of 3 or more is meaningful. */
    private static final Instrument ONE_ITEM = new Instrument(UUID.randomUUID(), "ONE", 1, new Definition(
            Respondent.CLIENT, true, T, Map.of("s", new ResponseScale(0, 10, Map.of())),
            List.of(new Item("1", ItemType.SCALE, "s", List.of(), false, T)),
            List.of(new ScoreRule("total", Method.SUM, List.of(), 0, Transform.NONE, null, true, new BigDecimal("3"),
                    T, List.of()))));
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static Response answer(UUID client, String timepoint, int days, String value) {
        return new Response(UUID.randomUUID(), ONE_ITEM, (short) 17, UUID.randomUUID(), client, timepoint, null, null,
                null, AnsweredBy.COACH, State.SUBMITTED, DAY.plusDays(days), value == null ? Map.of() : Map.of("1", value));
    }

    @Test
    void theMeanChangeAndTheImprovedAreOverClientsWithABaselineAndALaterAnswer() {
        List<Response> responses = new ArrayList<>();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        // a: 2 → 6 (+4, improved); an answer in between does not count
        responses.add(answer(a, "BASELINE", 0, "2"));
        responses.add(answer(a, "MID_POINT", 50, "9"));
        responses.add(answer(a, "MONTHS_6", 180, "6"));
        // b: 5 → 7 (+2, not enough); c: 8 → 4 (−4); d: only a baseline; e: the later score not computed
        responses.add(answer(b, "BASELINE", 0, "5"));
        responses.add(answer(b, "MONTHS_6", 180, "7"));
        responses.add(answer(c, null, 3, "8"));
        responses.add(answer(c, "MONTHS_6", 183, "4"));
        responses.add(answer(d, "BASELINE", 0, "1"));
        responses.add(answer(e, "BASELINE", 0, "1"));
        responses.add(answer(e, "MONTHS_6", 180, null));

        List<Change> changes = ChangeFromBaseline.of(responses);
        assertThat(changes).hasSize(1);
        Change change = changes.get(0);
        assertThat(change.clients()).isEqualTo(3);
        // (4 + 2 − 4) / 3 = 0.666… → 0.7
        assertThat(change.meanChange()).isEqualByComparingTo("0.7");
        assertThat(change.improved()).isEqualTo(1);
        assertThat(change.improvedShare()).isEqualByComparingTo("0.3333");
    }
}

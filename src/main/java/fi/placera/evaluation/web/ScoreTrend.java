package fi.placera.evaluation.web;

import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.evaluation.Score;
import fi.placera.evaluation.Scoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One score of an instrument over a client's submitted responses: a bar chart drawn as SVG (500 × 200 view box,
 * the score's whole range as the height) with the same figures as a table for screen readers. A score not computed
 * (too many items missing) has no bar and says so in the table.
 */
record ScoreTrend(String id, String instrument, String score, boolean higherIsBetter, BigDecimal low, BigDecimal high,
        List<Point> points) {

    static final int WIDTH = 500;
    static final int LEFT = 30;
    static final int BOTTOM = 170;
    private static final int PLOT_HEIGHT = 150;
    private static final int MAX_SLOT = 80;

    /** One response: when, at which timepoint, the value (null = not computed), its band and the change from the first. */
    record Point(LocalDate answeredOn, String timepoint, BigDecimal value, int missing, String band, BigDecimal change,
            int x, int y, int width, int height) {
    }

    static ScoreTrend of(Instrument instrument, ScoreRule rule, List<Response> responses, Locale locale) {
        BigDecimal[] range = Scoring.range(instrument.definition(), rule);
        BigDecimal span = range[1].subtract(range[0]).max(BigDecimal.ONE);
        int slot = Math.min(MAX_SLOT, (WIDTH - LEFT) / Math.max(responses.size(), 1));
        List<Point> points = new ArrayList<>();
        BigDecimal first = null;
        for (int i = 0; i < responses.size(); i++) {
            Response response = responses.get(i);
            Score score = Scoring.score(response.instrument().definition(),
                    response.instrument().definition().score(rule.code()).orElse(rule), response.answers());
            BigDecimal value = score.value();
            int height = 0;
            if (value != null) {
                height = Math.max(1, value.subtract(range[0]).multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                        .divide(span, 0, RoundingMode.HALF_UP).intValue());
                height = Math.min(height, PLOT_HEIGHT);
            }
            BigDecimal change = value != null && first != null ? value.subtract(first) : null;
            if (first == null && value != null) {
                first = value;
            }
            String band = value == null ? null : rule.band(value).map(b -> b.name(locale)).orElse(null);
            points.add(new Point(response.answeredOn(), response.timepoint(), value, score.missing(), band, change,
                    LEFT + i * slot + slot / 6, BOTTOM - height, slot * 2 / 3, height));
        }
        return new ScoreTrend("trend-" + instrument.code() + "-" + rule.code(), instrument.name(locale),
                rule.name(locale), rule.higherIsBetter(), range[0], range[1], points);
    }
}

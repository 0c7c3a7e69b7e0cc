package fi.placera.evaluation.web;

import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.evaluation.Score;
import fi.placera.evaluation.Scoring;
import fi.placera.platform.chart.BarChart;
import fi.placera.platform.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One score of an instrument over a client's submitted responses: a bar chart (a 500-wide {@link BarChart}, the
 * score's whole range as the height, the range written at the left) with the same figures as a table for screen
 * readers. A score not computed (too many items missing) has no bar and says so in the table.
 */
record ScoreTrend(String id, String instrument, String score, boolean higherIsBetter, BarChart chart,
        List<Point> points) {

    private static final int WIDTH = 500;
    private static final int LEFT = 30;
    private static final int MAX_SLOT = 80;

    /** One response: when, at which timepoint, the value (null = not computed), its band and the change from the first. */
    record Point(LocalDate answeredOn, String timepoint, BigDecimal value, int missing, String band, BigDecimal change) {
    }

    static ScoreTrend of(Instrument instrument, ScoreRule rule, List<Response> responses, Locale locale,
            Formats formats) {
        BigDecimal[] range = Scoring.range(instrument.definition(), rule);
        BarChart.Builder chart = BarChart.builder(WIDTH, LEFT, range[0], range[1]).maxSlot(MAX_SLOT).lowestVisible()
                .scaleLabels(formats.number(range[0]), formats.number(range[1]));
        List<Point> points = new ArrayList<>();
        BigDecimal first = null;
        for (Response response : responses) {
            Score score = Scoring.score(response.instrument().definition(),
                    response.instrument().definition().score(rule.code()).orElse(rule), response.answers());
            BigDecimal value = score.value();
            BigDecimal change = value != null && first != null ? value.subtract(first) : null;
            if (first == null && value != null) {
                first = value;
            }
            String band = value == null ? null : rule.band(value).map(b -> b.name(locale)).orElse(null);
            points.add(new Point(response.answeredOn(), response.timepoint(), value, score.missing(), band, change));
            chart.bar(formats.date(response.answeredOn()), value == null ? "–" : formats.number(value), value);
        }
        return new ScoreTrend("trend-" + instrument.code() + "-" + rule.code(), instrument.name(locale),
                rule.name(locale), rule.higherIsBetter(), chart.build(), points);
    }
}

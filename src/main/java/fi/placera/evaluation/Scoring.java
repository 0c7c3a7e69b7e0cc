package fi.placera.evaluation;

import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Instrument.ItemType;
import fi.placera.evaluation.Instrument.Method;
import fi.placera.evaluation.Instrument.ResponseScale;
import fi.placera.evaluation.Instrument.ScoreRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a response by its instrument's rules. Pure: the same definition and answers always give the same scores.
 * Each value is rounded to one decimal (half up).
 *
 * <ul>
 *   <li>A reverse-scored item counts as {@code min + max - answer}.</li>
 *   <li>With more than {@code maxMissing} items unanswered the score is not computed.</li>
 *   <li>SUM with missing items (within the allowance) is prorated: the mean of the answered items × the number
 *       of items. MEAN is the mean of the answered items.</li>
 *   <li>MULTIPLY multiplies by the rule's factor; RESCALE maps the possible range of the score (from every item at
 *       the scale's minimum to every item at its maximum) to 0–100.</li>
 * </ul>
 */
public final class Scoring {

    private static final int PRECISION = 10;

    private Scoring() {
    }

    /** Every score of the instrument from the answers (item code → answer as stored). */
    public static List<Score> score(Definition definition, Map<String, String> answers) {
        List<Score> scores = new ArrayList<>();
        for (ScoreRule rule : definition.scores()) {
            scores.add(score(definition, rule, answers));
        }
        return scores;
    }

    public static Score score(Definition definition, ScoreRule rule, Map<String, String> answers) {
        List<Item> items = itemsOf(definition, rule);
        BigDecimal total = BigDecimal.ZERO;
        int answered = 0;
        for (Item item : items) {
            Integer value = value(answers.get(item.code()));
            ResponseScale scale = definition.scaleOf(item);
            if (value == null || !scale.contains(value)) {
                continue;
            }
            int counted = item.reverse() ? scale.min() + scale.max() - value : value;
            total = total.add(BigDecimal.valueOf(counted));
            answered++;
        }
        int missing = items.size() - answered;
        if (items.isEmpty() || answered == 0 || missing > rule.maxMissing()) {
            return new Score(rule.code(), null, answered, missing);
        }
        BigDecimal mean = total.divide(BigDecimal.valueOf(answered), PRECISION, RoundingMode.HALF_UP);
        BigDecimal value = rule.method() == Method.SUM ? mean.multiply(BigDecimal.valueOf(items.size())) : mean;
        value = switch (rule.transform()) {
            case NONE -> value;
            case MULTIPLY -> value.multiply(rule.factor());
            case RESCALE -> rescaled(definition, rule, items, mean);
        };
        return new Score(rule.code(), value.setScale(1, RoundingMode.HALF_UP), answered, missing);
    }

    /** The mean item's place in the scale's range, as 0–100 (the same for a sum and a mean). */
    private static BigDecimal rescaled(Definition definition, ScoreRule rule, List<Item> items, BigDecimal mean) {
        ResponseScale scale = definition.scaleOf(items.get(0));
        return mean.subtract(BigDecimal.valueOf(scale.min())).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(scale.max() - scale.min()), PRECISION, RoundingMode.HALF_UP);
    }

    /** The scale items a rule scores: those it names, or every scale item. */
    public static List<Item> itemsOf(Definition definition, ScoreRule rule) {
        if (rule.items().isEmpty()) {
            return definition.items().stream().filter(item -> item.type() == ItemType.SCALE).toList();
        }
        return rule.items().stream().map(code -> definition.item(code).orElseThrow()).toList();
    }

    /** The lowest and highest value a rule can give, for charts: from every item at its minimum to its maximum. */
    public static BigDecimal[] range(Definition definition, ScoreRule rule) {
        List<Item> items = itemsOf(definition, rule);
        if (items.isEmpty()) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
        }
        ResponseScale scale = definition.scaleOf(items.get(0));
        if (rule.transform() == Instrument.Transform.RESCALE) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100)};
        }
        int n = rule.method() == Method.SUM ? items.size() : 1;
        BigDecimal low = BigDecimal.valueOf((long) scale.min() * n);
        BigDecimal high = BigDecimal.valueOf((long) scale.max() * n);
        if (rule.transform() == Instrument.Transform.MULTIPLY) {
            low = low.multiply(rule.factor());
            high = high.multiply(rule.factor());
        }
        return new BigDecimal[] {low, high};
    }

    private static Integer value(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(answer.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

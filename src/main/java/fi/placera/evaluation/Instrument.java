package fi.placera.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a questionnaire: who answers it, its items with their response scales or options, its scoring
 * rules and its texts in Finnish, Swedish and English. A version never changes once answers point at it; a change
 * after that is a new version, so old answers keep the items and rules they were given under.
 */
public record Instrument(UUID id, String code, int version, Definition definition) {

    public String name(Locale locale) {
        return Texts.of(definition.names(), locale);
    }

    /** Who answers: the client, the coach (client-specific forms), an employer or a care-team member. */
    public enum Respondent { CLIENT, COACH, EMPLOYER, CARE_TEAM }

    /** A scale item takes a whole number of its response scale, a choice item one of its options, a text item text. */
    public enum ItemType { SCALE, CHOICE, TEXT }

    /** How a score combines its items: their sum or their mean. */
    public enum Method { SUM, MEAN }

    /** What is done to the combined value: nothing, a multiplication (WHO-5: ×4) or a rescaling to 0–100. */
    public enum Transform { NONE, MULTIPLY, RESCALE }

    /**
     * The definition as stored (JSON): {@code perClient} says whether an answer concerns one client (the client's
     * own questionnaires and the coach's forms) or a team and period (employer and care-team questionnaires).
     */
    public record Definition(Respondent respondent, boolean perClient, Map<String, String> names,
            Map<String, String> stem, Map<String, ResponseScale> scales, List<Item> items, List<ScoreRule> scores) {

        public Definition {
            stem = stem == null ? Map.of() : Map.copyOf(stem);
            scales = scales == null ? Map.of() : Map.copyOf(scales);
            items = items == null ? List.of() : List.copyOf(items);
            scores = scores == null ? List.of() : List.copyOf(scores);
        }

        /** A definition without a stem. */
        public Definition(Respondent respondent, boolean perClient, Map<String, String> names,
                Map<String, ResponseScale> scales, List<Item> items, List<ScoreRule> scores) {
            this(respondent, perClient, names, null, scales, items, scores);
        }

        /** The lead-in and time frame read before the items ("Over the last two weeks…"), or empty. */
        public String stem(Locale locale) {
            return Texts.of(stem, locale);
        }

        /** The safety items whose answer reaches their threshold, in the instrument's order. */
        public List<Item> safetySignals(Map<String, String> answers) {
            return items.stream().filter(item -> item.reachesSafety(answers.get(item.code()))).toList();
        }

        public Optional<Item> item(String code) {
            return items.stream().filter(item -> item.code().equals(code)).findFirst();
        }

        public ResponseScale scaleOf(Item item) {
            return scales.get(item.scale());
        }

        public Optional<ScoreRule> score(String code) {
            return scores.stream().filter(score -> score.code().equals(code)).findFirst();
        }
    }

    /** Whole numbers {@code min}..{@code max}, with one label per value and language. */
    public record ResponseScale(int min, int max, Map<String, List<String>> labels) {

        public String label(int value, Locale locale) {
            List<String> texts = labels.getOrDefault(locale.getLanguage(), labels.get("fi"));
            return texts.get(value - min);
        }

        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /** One option of a choice item: a code that is stored and its texts. */
    public record Option(String code, Map<String, String> texts) {

        public String text(Locale locale) {
            return Texts.of(texts, locale);
        }
    }

    /**
     * One question. A reverse-scored scale item counts as {@code min + max - value}. A safety item
     * ({@code safetyFrom} set: PHQ-9 item 9 from 1) raises a safety alert when an answer reaches the value.
     */
    public record Item(String code, ItemType type, String scale, List<Option> options, boolean reverse,
            Map<String, String> texts, Integer safetyFrom) {

        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }

        /** An item that is not a safety item. */
        public Item(String code, ItemType type, String scale, List<Option> options, boolean reverse,
                Map<String, String> texts) {
            this(code, type, scale, options, reverse, texts, null);
        }

        /** Whether this is a safety item and the answer (as stored) reaches its threshold. */
        public boolean reachesSafety(String answer) {
            if (safetyFrom == null || answer == null) {
                return false;
            }
            try {
                return Integer.parseInt(answer.strip()) >= safetyFrom;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        public String text(Locale locale) {
            return Texts.of(texts, locale);
        }

        public boolean hasOption(String code) {
            return options.stream().anyMatch(option -> option.code().equals(code));
        }
    }

    /**
     * A score (a total or a subscale) over some scale items ({@code items} empty = every scale item), of which at
     * most {@code maxMissing} may be unanswered: a sum is then prorated (the mean of the answered items times their
     * number). {@code factor} is the multiplier of {@link Transform#MULTIPLY}; {@link Transform#RESCALE} maps the
     * scale's range to 0–100. {@code meaningfulChange} is the change the instrument counts as clinically meaningful
     * (none when it defines none) in the better direction; {@code bands} are cut-offs from their lower limit.
     */
    public record ScoreRule(String code, Method method, List<String> items, int maxMissing, Transform transform,
            BigDecimal factor, boolean higherIsBetter, BigDecimal meaningfulChange, Map<String, String> names,
            List<Band> bands) {

        public ScoreRule {
            items = items == null ? List.of() : List.copyOf(items);
            transform = transform == null ? Transform.NONE : transform;
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        public String name(Locale locale) {
            return Texts.of(names, locale);
        }

        /** The band a value falls in: the last whose lower limit it reaches. */
        public Optional<Band> band(BigDecimal value) {
            Band found = null;
            for (Band band : bands) {
                if (value.compareTo(band.from()) >= 0) {
                    found = band;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** A cut-off band of a score, e.g. PHQ-9 "moderate" from 10. */
    public record Band(BigDecimal from, Map<String, String> names) {

        public String name(Locale locale) {
            return Texts.of(names, locale);
        }
    }

    /** Texts by language, falling back to Finnish. */
    static final class Texts {

        private Texts() {
        }

        static String of(Map<String, String> texts, Locale locale) {
            if (texts == null) {
                return "";
            }
            return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("fi", ""));
        }
    }
}

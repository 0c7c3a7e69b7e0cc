package fi.placera.evaluation.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import fi.placera.evaluation.Instrument.Band;
import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Instrument.ItemType;
import fi.placera.evaluation.Instrument.Option;
import fi.placera.evaluation.Instrument.ResponseScale;
import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Instrument.Transform;
import fi.placera.platform.Rejection;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks an instrument's definition (JSON) as an administrator uploads it or a migration seeds it. A
 * definition that cannot be used is refused with a message naming what is wrong, next to the definition field.
 */
public final class InstrumentDefinitions {

    public static final String FIELD = "definition";
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");
    private static final int MAX_SCALE_POINTS = 21;
    // Jackson 2's defaults, as every mapper of Placera (decision 0048): an absent "reverse" is false, not an error
    private static final ObjectMapper JSON = JsonMapper.builderWithJackson2Defaults()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InstrumentDefinitions() {
    }

    /** The definition in the text, checked; refused when it is not JSON of a definition or does not hold together. */
    public static Definition parse(String json) {
        Definition definition;
        try {
            definition = JSON.readValue(json == null ? "" : json, Definition.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Rejection(FIELD, "evaluation.definition.unreadable", line);
        }
        check(definition);
        return definition;
    }

    public static String json(Definition definition) {
        return JSON.writeValueAsString(definition);
    }

    /** Refuses a definition whose parts do not hold together. */
    public static void check(Definition definition) {
        if (definition == null || definition.respondent() == null) {
            throw new Rejection(FIELD, "evaluation.definition.respondent");
        }
        texts(definition.names(), "names");
        if (!definition.stem().isEmpty()) {
            texts(definition.stem(), "stem");
        }
        definition.scales().forEach(InstrumentDefinitions::checkScale);
        if (definition.items().isEmpty()) {
            throw new Rejection(FIELD, "evaluation.definition.no-items");
        }
        Set<String> codes = new HashSet<>();
        for (Item item : definition.items()) {
            if (item == null || item.code() == null || !CODE.matcher(item.code()).matches() || !codes.add(item.code())
                    || item.type() == null) {
                throw new Rejection(FIELD, "evaluation.definition.item", item == null ? "" : String.valueOf(item.code()));
            }
            texts(item.texts(), item.code());
            checkItem(definition, item);
        }
        Set<String> scores = new HashSet<>();
        for (ScoreRule rule : definition.scores()) {
            if (rule == null || rule.code() == null || !CODE.matcher(rule.code()).matches() || !scores.add(rule.code())) {
                throw new Rejection(FIELD, "evaluation.definition.score", rule == null ? "" : String.valueOf(rule.code()));
            }
            texts(rule.names(), rule.code());
            checkScore(definition, rule);
        }
    }

    private static void checkScale(String code, ResponseScale scale) {
        int points = scale == null ? 0 : scale.max() - scale.min() + 1;
        if (scale == null || points < 2 || points > MAX_SCALE_POINTS || scale.labels() == null) {
            throw new Rejection(FIELD, "evaluation.definition.scale", code);
        }
        for (String language : LANGUAGES) {
            List<String> labels = scale.labels().get(language);
            if (labels == null || labels.size() != points || labels.stream().anyMatch(l -> l == null || l.isBlank())) {
                throw new Rejection(FIELD, "evaluation.definition.scale", code);
            }
        }
    }

    private static void checkItem(Definition definition, Item item) {
        switch (item.type()) {
            case SCALE -> {
                if (item.scale() == null || !definition.scales().containsKey(item.scale())) {
                    throw new Rejection(FIELD, "evaluation.definition.item", item.code());
                }
            }
            case CHOICE -> {
                Set<String> options = new HashSet<>();
                if (item.options().isEmpty()) {
                    throw new Rejection(FIELD, "evaluation.definition.item", item.code());
                }
                for (Option option : item.options()) {
                    if (option == null || option.code() == null || !CODE.matcher(option.code()).matches()
                            || !options.add(option.code())) {
                        throw new Rejection(FIELD, "evaluation.definition.item", item.code());
                    }
                    texts(option.texts(), item.code() + "/" + option.code());
                }
            }
            case TEXT -> {
                // free text: nothing more to check
            }
        }
        if (item.reverse() && item.type() != ItemType.SCALE) {
            throw new Rejection(FIELD, "evaluation.definition.item", item.code());
        }
        // a safety threshold is a value of the item's scale, so some answer can reach it
        if (item.safetyFrom() != null && (item.type() != ItemType.SCALE
                || !definition.scaleOf(item).contains(item.safetyFrom()))) {
            throw new Rejection(FIELD, "evaluation.definition.safety", item.code());
        }
    }

    private static void checkScore(Definition definition, ScoreRule rule) {
        if (rule.method() == null || rule.maxMissing() < 0) {
            throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
        }
        List<String> codes = rule.items().isEmpty()
                ? definition.items().stream().filter(i -> i.type() == ItemType.SCALE).map(Item::code).toList()
                : rule.items();
        Set<String> scales = new HashSet<>();
        for (String code : codes) {
            Item item = definition.item(code).orElseThrow(() -> new Rejection(FIELD, "evaluation.definition.score",
                    rule.code()));
            if (item.type() != ItemType.SCALE) {
                throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
            }
            scales.add(item.scale());
        }
        if (codes.isEmpty() || rule.maxMissing() >= codes.size() || scales.size() != 1) {
            throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
        }
        if (rule.transform() == Transform.MULTIPLY && (rule.factor() == null || rule.factor().signum() <= 0)) {
            throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
        }
        if (rule.meaningfulChange() != null && rule.meaningfulChange().signum() <= 0) {
            throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
        }
        BigDecimal previous = null;
        for (Band band : rule.bands()) {
            if (band == null || band.from() == null || previous != null && band.from().compareTo(previous) <= 0) {
                throw new Rejection(FIELD, "evaluation.definition.score", rule.code());
            }
            texts(band.names(), rule.code());
            previous = band.from();
        }
    }

    private static void texts(Map<String, String> texts, String where) {
        for (String language : LANGUAGES) {
            if (texts == null || texts.get(language) == null || texts.get(language).isBlank()) {
                throw new Rejection(FIELD, "evaluation.definition.texts", where);
            }
        }
    }
}

package fi.placera.evaluation;

import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.evaluation.Instrument.ResponseScale;
import fi.placera.platform.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks of answers as typed against an instrument version: a scale item takes a whole number of its scale,
 * a choice item one of its options, a text item at most {@value #MAX_TEXT} characters. An empty answer is a missing
 * one, which is allowed (partial answers are saved; the score tells whether too many are missing).
 */
public final class Answers {

    public static final int MAX_TEXT = 4000;

    private Answers() {
    }

    /** The form field of an item's answer. */
    public static String field(String itemCode) {
        return "item-" + itemCode;
    }

    /** Each answer that cannot be taken, by its form field, as a refusal with a message key. */
    public static Map<String, Rejection> problems(Definition definition, Map<String, String> answers) {
        Map<String, Rejection> problems = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            String answer = answers.get(item.code());
            if (answer == null || answer.isBlank()) {
                continue;
            }
            String field = field(item.code());
            switch (item.type()) {
                case SCALE -> {
                    ResponseScale scale = definition.scaleOf(item);
                    Integer value = integer(answer);
                    if (value == null || !scale.contains(value)) {
                        problems.put(field, new Rejection(field, "evaluation.answer.range", scale.min(), scale.max()));
                    }
                }
                case CHOICE -> {
                    if (!item.hasOption(answer.strip())) {
                        problems.put(field, new Rejection(field, "evaluation.answer.choice"));
                    }
                }
                case TEXT -> {
                    if (answer.length() > MAX_TEXT) {
                        problems.put(field, new Rejection(field, "validation.too-long"));
                    }
                }
            }
        }
        return problems;
    }

    /** The answers of the instrument's items, stripped, without empty ones and unknown items. */
    public static Map<String, String> of(Definition definition, Map<String, String> typed) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            String answer = typed.get(item.code());
            if (answer != null && !answer.isBlank()) {
                answers.put(item.code(), answer.strip());
            }
        }
        return answers;
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

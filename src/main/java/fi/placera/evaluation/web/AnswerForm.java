package fi.placera.evaluation.web;

import fi.placera.evaluation.Answers;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Item;
import fi.placera.platform.Rejection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * A questionnaire's form as typed: one field per item, named {@code item-<code>}. Kept as posted, so a refused form
 * comes back exactly as typed; every answer that cannot be taken gets its message next to its item.
 */
record AnswerForm(Map<String, String> answers, BindingResult errors) {

    /** What was posted for the instrument's items. */
    static AnswerForm posted(Definition definition, MultiValueMap<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            String value = form.getFirst(Answers.field(item.code()));
            if (value != null) {
                answers.put(item.code(), value);
            }
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "answers");
        Answers.problems(definition, answers).values().forEach(problem -> problem.applyTo(errors));
        return new AnswerForm(answers, errors);
    }

    static AnswerForm stored(Map<String, String> answers) {
        return new AnswerForm(new LinkedHashMap<>(answers), new MapBindingResult(new HashMap<>(), "answers"));
    }

    /** The answer of an item as typed, or empty. */
    public String value(String itemCode) {
        String value = answers.get(itemCode);
        return value == null ? "" : value;
    }

    /** How many of the instrument's questions (scale and choice items; free-text comments are optional) have no answer. */
    public long unanswered(Definition definition) {
        return definition.items().stream().filter(item -> item.type() != Instrument.ItemType.TEXT)
                .filter(item -> value(item.code()).isBlank()).count();
    }

    /**
     * Whether a submit must first ask about unanswered items: asked once, and the form then carries the confirmation
     * ({@code confirmMissing}) so that the same button sends it. Works without JavaScript.
     */
    boolean asksAboutMissing(Definition definition, boolean submit, boolean confirmed) {
        return submit && !confirmed && !errors.hasErrors() && unanswered(definition) > 0;
    }

    public boolean chosen(String itemCode, Object value) {
        return value(itemCode).strip().equals(String.valueOf(value));
    }

    /** Saves unless the form has errors; a refusal becomes an error next to its item. */
    boolean saved(Runnable save) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (Rejection rejection) {
            rejection.applyTo(errors);
            return false;
        }
    }
}

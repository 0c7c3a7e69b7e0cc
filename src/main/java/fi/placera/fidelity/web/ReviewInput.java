package fi.placera.fidelity.web;

import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.typed;

import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.FidelityReviews.Source;
import fi.placera.platform.web.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;

/**
 * A review's form as typed: one set of fields per item, named by the item's code (score-S1, sources-S1,
 * evidence-S1, note-S1, reason-S1, action-S1, owner-S1, due-S1), and the reviewers one per line. Kept as posted so
 * that a refused form comes back exactly as it was typed.
 */
record ReviewInput(MultiValueMap<String, String> values) {

    /** The review as stored; an item not yet scored offers Placera's proposal as its score. */
    static ReviewInput of(Review review) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("version", Integer.toString(review.version()));
        values.add("reviewedOn", typed(review.reviewedOn()));
        values.add("reviewers", String.join("\n", review.reviewers()));
        review.items().values().forEach(item -> {
            String code = item.code();
            Integer score = item.score() != null ? item.score() : item.proposedScore();
            values.add("score-" + code, score == null ? "" : score.toString());
            item.sources().forEach(source -> values.add("sources-" + code, source.name()));
            values.add("evidence-" + code, text(item.evidence()));
            values.add("note-" + code, text(item.note()));
            values.add("reason-" + code, text(item.overrideReason()));
            values.add("action-" + code, text(item.action()));
            values.add("owner-" + code, text(item.actionOwner()));
            values.add("due-" + code, item.actionDueOn() == null ? "" : typed(item.actionDueOn()));
            for (int position = 0; position < review.reviewers().size(); position++) {
                Integer own = item.reviewerScore(position);
                values.add(reviewerField(code, position), own == null ? "" : own.toString());
            }
        });
        return new ReviewInput(values);
    }

    /** The value of one field as typed, or empty. */
    public String value(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    public boolean hasSource(String code, Source source) {
        List<String> sources = values.get("sources-" + code);
        return sources != null && sources.contains(source.name());
    }

    public boolean scored(String code, int score) {
        return value("score-" + code).equals(Integer.toString(score));
    }

    /** The reviewers as typed, one per line: each has a score field per item. */
    public List<String> reviewerNames() {
        return lines(value("reviewers"));
    }

    /** The name of the field holding the score the reviewer at this position gave the item. */
    public static String reviewerField(String code, int position) {
        return "reviewer-score-" + code + "-" + position;
    }

    public boolean reviewerScored(String code, int position, int score) {
        return value(reviewerField(code, position)).equals(Integer.toString(score));
    }

    /** The stored review with what was typed; fields that cannot be read become errors next to them. */
    Review applyTo(Review stored, Errors errors) {
        Optional<LocalDate> reviewedOn = FormValues.date(value("reviewedOn"), "reviewedOn", errors);
        List<String> reviewers = lines(value("reviewers"));
        Map<String, ItemScore> items = new LinkedHashMap<>();
        stored.items().values().forEach(item -> items.put(item.code(), typedItem(item, reviewers.size(), errors)));
        return new Review(stored.id(), version(), stored.areaId(), stored.ipsTeamId(), stored.scaleId(), stored.from(),
                stored.to(), reviewedOn.orElse(stored.reviewedOn()), stored.state(), reviewers, items);
    }

    private ItemScore typedItem(ItemScore stored, int reviewers, Errors errors) {
        String code = stored.code();
        List<Integer> own = new ArrayList<>();
        for (int position = 0; position < reviewers; position++) {
            own.add(score(reviewerField(code, position), errors));
        }
        return new ItemScore(code, score("score-" + code, errors), sources(code), value("evidence-" + code),
                value("note-" + code), stored.proposedScore(), stored.proposedFigures(), value("reason-" + code),
                value("action-" + code), value("owner-" + code),
                optionalDate(value("due-" + code), "due-" + code, errors).orElse(null), own);
    }

    /** A score as typed: none, or a whole number that the review then checks is within 1–5. */
    private Integer score(String field, Errors errors) {
        String text = value(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "fidelity.score.range");
            return null;
        }
    }

    private Set<Source> sources(String code) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        List<String> posted = values.getOrDefault("sources-" + code, List.of());
        Arrays.stream(Source.values()).filter(source -> posted.contains(source.name())).forEach(sources::add);
        return sources;
    }

    /** Names typed one per line, without empty lines. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private int version() {
        try {
            return Integer.parseInt(value("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}

package fi.placera.worktime.web;

import fi.placera.platform.web.Formats;
import fi.placera.worktime.CoachTime;
import fi.placera.worktime.CoachTime.Activity;
import fi.placera.worktime.CoachTime.Place;
import fi.placera.worktime.CoachTime.Week;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The hours grid as text, one cell per activity and place: what the coach typed (kept as typed when refused)
 * or what was recorded. Hours are read with a decimal comma or point, as people in Finland write them.
 */
final class HoursForm {

    /** Long enough for any sign or decimal the week's rules then refuse by name, short enough to stay a number. */
    private static final Pattern HOURS = Pattern.compile("-?\\d{1,5}([.,]\\d{1,5})?");

    private final Map<String, String> texts;

    private HoursForm(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The cells of a posted form; other fields are ignored. */
    static HoursForm typed(Map<String, String> fields) {
        Map<String, String> texts = new HashMap<>();
        forEachCell((activity, place) -> {
            String text = fields.get(CoachTime.cell(activity, place));
            texts.put(CoachTime.cell(activity, place), text == null ? "" : text.strip());
        });
        return new HoursForm(texts);
    }

    /** The recorded hours, written in the user's language. */
    static HoursForm showing(Week week, Formats formats) {
        Map<String, String> texts = new HashMap<>();
        forEachCell((activity, place) -> texts.put(CoachTime.cell(activity, place),
                formats.number(week.hours(activity, place))));
        return new HoursForm(texts);
    }

    public String field(Activity activity, Place place) {
        return CoachTime.cell(activity, place);
    }

    public String text(Activity activity, Place place) {
        return texts.get(CoachTime.cell(activity, place));
    }

    /** The texts by field, as the target of the form's errors. */
    Map<String, String> texts() {
        return texts;
    }

    /** The hours of every filled-in cell; a cell that is not a number gets an error and no hours. */
    Map<Activity, Map<Place, BigDecimal>> hours(Errors errors) {
        Map<Activity, Map<Place, BigDecimal>> hours = new EnumMap<>(Activity.class);
        forEachCell((activity, place) -> {
            String text = text(activity, place);
            if (text.isEmpty()) {
                return;
            }
            if (!HOURS.matcher(text).matches()) {
                errors.rejectValue(CoachTime.cell(activity, place), "time.hours.number");
                return;
            }
            hours.computeIfAbsent(activity, any -> new EnumMap<>(Place.class))
                    .put(place, new BigDecimal(text.replace(',', '.')));
        });
        return hours;
    }

    private static void forEachCell(BiConsumer<Activity, Place> action) {
        for (Activity activity : Activity.values()) {
            for (Place place : Place.values()) {
                action.accept(activity, place);
            }
        }
    }
}

package fi.placera.platform.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * Reading what a form posted as text: a choice among an enum's names, a typed date (31.12.2025), an id.
 * A value that is not what the field expects becomes an error next to that field; the text stays in the form.
 */
public final class FormValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private FormValues() {
    }

    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value, String field, Errors errors) {
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (found.isEmpty()) {
            errors.rejectValue(field, "validation.required");
        }
        return found;
    }

    public static Optional<LocalDate> date(String text, String field, Errors errors) {
        Optional<LocalDate> day = Formats.parseDate(text);
        if (day.isEmpty()) {
            errors.rejectValue(field, "form.date.format");
        }
        return day;
    }

    /** An optional date: empty text is no date, anything else must be a date. */
    public static Optional<LocalDate> optionalDate(String text, String field, Errors errors) {
        return text == null || text.isBlank() ? Optional.empty() : date(text, field, errors);
    }

    /** A time of day as people type it: 9:00, 09.30 (the Finnish way) or 14:05. */
    public static Optional<LocalTime> time(String text, String field, Errors errors) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.strip().replace('.', ':'), TIME));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "form.time.format");
            return Optional.empty();
        }
    }

    /** A time as the forms show it: 9:30. */
    public static String typed(LocalTime time) {
        return time.format(TIME);
    }

    /** The id, or null when none or not an id (the caller then refuses a required one). */
    public static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date as the forms show it to be typed: 31.12.2025, in the same format they read. */
    public static String typed(LocalDate day) {
        return Formats.typed(day);
    }
}

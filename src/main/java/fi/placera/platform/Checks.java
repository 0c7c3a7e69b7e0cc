package fi.placera.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;

/** The input checks every module makes before a change; each refusal names the form field it concerns. */
public final class Checks {

    /** Free-text fields hold at most this much unless a field says otherwise. */
    public static final int LONG_TEXT = 4000;

    private static final Pattern ADDRESS =
            Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Checks() {
    }

    /** A plausible e-mail address (what the relay accepts is its business), at most the 254 characters of SMTP. */
    public static boolean plausibleEmail(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    /** The value, which must be given. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new Rejection(field, "validation.required");
        }
        return value;
    }

    /** The day, unless it lies after today. */
    public static LocalDate notInFuture(LocalDate day, Clock clock, String field) {
        if (day == null) {
            throw new Rejection(field, "form.date.format");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new Rejection(field, "form.date.future");
        }
        return day;
    }

    /** The text, unless it is longer than {@code max}; null stays null. */
    public static String limited(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new Rejection(field, "validation.too-long");
        }
        return text;
    }

    /** The stripped text, which must not be blank or longer than {@code max}. */
    public static String required(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new Rejection(field, "validation.required");
        }
        return limited(text, max, field).strip();
    }

    /** The stripped text of an optional field within {@code max}, or null when nothing was typed. */
    public static String optional(String text, int max, String field) {
        limited(text, max, field);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stripped text, which must be given and match the format as typed; otherwise refused with the format's key. */
    public static String formatted(String text, Pattern format, String messageKey, String field) {
        if (text == null || text.isBlank()) {
            throw new Rejection(field, "validation.required");
        }
        if (!format.matcher(text).matches()) {
            throw new Rejection(field, messageKey);
        }
        return text.strip();
    }

    /** The text of an optional field in the format as typed, or null when nothing was typed. */
    public static String optionalFormatted(String text, Pattern format, String messageKey, String field) {
        return text == null || text.isBlank() ? null : formatted(text, format, messageKey, field);
    }

    /** The choices, of which at least one must be made; refused with the field's own key. */
    public static <C extends Collection<?>> C chosen(C choices, String messageKey, String field) {
        if (choices == null || choices.isEmpty()) {
            throw new Rejection(field, messageKey);
        }
        return choices;
    }
}

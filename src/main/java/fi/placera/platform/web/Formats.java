package fi.placera.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers as people write them in the user's language: 31.12.2025 in Finnish and
 * Swedish (as written in Finland), 31 Dec 2025 in English. Used in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter NORDIC_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** The years a date typed or sent to Placera may have (a birth year, a plan's review, a report's period). */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;
    /** A typed date whose year has six digits or more (1.1.99999999): no slip of a finger but a probe. */
    private static final java.util.regex.Pattern SIX_DIGIT_YEARS =
            java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.[+-]?\\d{6,}");
    private static final DateTimeFormatter NORDIC_DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    public String date(TemporalAccessor date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    /** A date in a given language, for documents written for someone other than the one asking. */
    public String date(TemporalAccessor date, Locale locale) {
        if (date == null) {
            return "";
        }
        return dateFormatter(locale).format(date);
    }

    /** A moment in Finnish time: 31.12.2025 14.05 (fi, sv), 31 Dec 2025 14:05 (en). */
    public String dateTime(Instant instant) {
        return dateTime(instant, LocaleContextHolder.getLocale());
    }

    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        boolean english = Languages.ENGLISH.getLanguage().equals(locale.getLanguage());
        return (english ? ENGLISH_DATE_TIME : NORDIC_DATE_TIME).format(instant.atZone(WebConfiguration.HELSINKI));
    }

    /**
     * A date as people type it, 31.12.2025 (day and month may have one digit); impossible dates such
     * as 30.2.2025 are refused, and so are years outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}, which no record of
     * Placera has and the database cannot always store (1.1.99999999). Empty when the text is not such a date.
     */
    public static java.util.Optional<java.time.LocalDate> parseDate(String text) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return java.util.Optional.empty();
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(text.strip(), TYPED_DATE);
            if (!plausible(day)) {
                UnstorableInputEvents.refused(UnstorableInputEvents.ABSURD_DATE);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(day);
        } catch (java.time.format.DateTimeParseException e) {
            if (SIX_DIGIT_YEARS.matcher(text.strip()).matches()) {
                UnstorableInputEvents.refused(UnstorableInputEvents.ABSURD_DATE);
            }
            return java.util.Optional.empty();
        }
    }

    /** Whether a date lies in the years any record can have: four-digit years. */
    public static boolean plausible(java.time.LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** A date written as it is typed into the forms: 31.12.2025. */
    static String typed(java.time.LocalDate day) {
        return day == null ? "" : TYPED_DATE.format(day);
    }

    public String number(Number number) {
        return number(number, LocaleContextHolder.getLocale());
    }

    public String number(Number number, Locale locale) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(number instanceof BigDecimal decimal ? Math.max(decimal.scale(), 0) : 2);
        return format.format(number);
    }

    /** A share (0.4286) as a percentage with one decimal in the user's language: 42,9 %. */
    public String percent(Number share) {
        if (share == null) {
            return "";
        }
        return number(new BigDecimal(share.toString()).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                + "\u00a0%";
    }

    /** A report cell: a number (or share, as a percentage), text as it is (a suppressed <5), nothing as a dash. */
    public String cell(Object value, boolean share) {
        if (value instanceof Number number) {
            return share ? percent(number) : number(number);
        }
        return value == null ? "–" : value.toString();
    }

    static DateTimeFormatter dateFormatter(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH_DATE : NORDIC_DATE;
    }
}

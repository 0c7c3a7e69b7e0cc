package fi.placera.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** 6.12., 6.12 and 6.12.26: a day and month, perhaps a two-digit year (the four-digit form is TYPED_DATE). */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2})?)?");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A two-digit year is the one of the 100 years that begin this many years ago: 26 is 2026, 50 is 1950. */
    static final int SHORT_YEAR_PAST = 80;
    /**
     * Today for the static readers of typed dates: the application's clock, handed over when this bean is made (the
     * tests' clock in tests); the system clock in Helsinki time until then (pure unit tests).
     */
    private static volatile Clock clock = Clock.system(WebConfiguration.HELSINKI);
    /** The years a date typed or sent to Placera may have (a birth year, a plan's review, a report's period). */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;
    /** A typed date whose year has six digits or more (1.1.99999999): no slip of a finger but a probe. */
    private static final Pattern SIX_DIGIT_YEARS = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.[+-]?\\d{6,}");
    private static final DateTimeFormatter NORDIC_DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter NORDIC_TIME = DateTimeFormatter.ofPattern("H.mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("H:mm");

    /** This application's clock: several applications in one JVM (tests of several nodes) each keep their own. */
    private final Clock applicationClock;

    public Formats(Clock clock) {
        this.applicationClock = clock;
        Formats.clock = clock;
    }

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

    /** A period as every page writes it: 1.1.2026–30.6.2026 (an en dash, no spaces). */
    public String period(TemporalAccessor from, TemporalAccessor to) {
        return date(from) + "–" + date(to);
    }

    /** A date kept as text in ISO form (a record's history keeps values as text), as {@link #date} shows it. */
    public String isoDate(String isoDate) {
        return date(LocalDate.parse(isoDate));
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

    /** A time of day: 9.30 (fi, sv), 9:30 (en). */
    public String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        boolean english = Languages.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        return (english ? ENGLISH_TIME : NORDIC_TIME).format(time);
    }

    /**
     * A date as people type it in any date field, read with the application's clock for "this year" (decision 0058):
     * see {@link #parseDate(String, LocalDate)}.
     */
    public static Optional<LocalDate> parseDate(String text) {
        return parseDate(text, helsinkiToday());
    }

    /**
     * A date as people type it (decision 0058): 6.12.2026, 6.12.26 (the year within 80 years before and 19 after
     * {@code today}), 6.12. or 6.12 (this year) and 2026-12-06; day and month may have one digit or two. Impossible
     * dates such as 30.2.2025 are refused, and so are years outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}, which no
     * record of Placera has and the database cannot always store (1.1.99999999). Empty when the text is not a date.
     */
    public static Optional<LocalDate> parseDate(String text, LocalDate today) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return Optional.empty();
        }
        String typed = text.strip();
        try {
            Matcher dayAndMonth = DAY_MONTH_SHORT_YEAR.matcher(typed);
            if (dayAndMonth.matches()) {
                int year = dayAndMonth.group(3) == null ? today.getYear()
                        : nearYear(Integer.parseInt(dayAndMonth.group(3)), today);
                return Optional.of(LocalDate.of(year, Integer.parseInt(dayAndMonth.group(2)),
                        Integer.parseInt(dayAndMonth.group(1))));
            }
            LocalDate day = ISO_DAY.matcher(typed).matches() ? LocalDate.parse(typed, ISO_DATE)
                    : LocalDate.parse(typed, TYPED_DATE);
            if (!plausible(day)) {
                UnstorableInputEvents.refused(UnstorableInputEvents.ABSURD_DATE);
                return Optional.empty();
            }
            return Optional.of(day);
        } catch (DateTimeException e) {
            if (SIX_DIGIT_YEARS.matcher(typed).matches()) {
                UnstorableInputEvents.refused(UnstorableInputEvents.ABSURD_DATE);
            }
            return Optional.empty();
        }
    }

    /** The year ending in these two digits that lies within 80 years before and 19 years after today. */
    static int nearYear(int twoDigits, LocalDate today) {
        int earliest = today.getYear() - SHORT_YEAR_PAST;
        return earliest + Math.floorMod(twoDigits - earliest, 100);
    }

    /** Whether a date lies in the years any record can have: four-digit years. */
    public static boolean plausible(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** Today in Helsinki as typed into the forms: what a form about what just happened starts with (decision 0058). */
    public String today() {
        return typed(LocalDate.ofInstant(applicationClock.instant(), WebConfiguration.HELSINKI));
    }

    private static LocalDate helsinkiToday() {
        return LocalDate.ofInstant(clock.instant(), WebConfiguration.HELSINKI);
    }

    /** A date written as it is typed into the forms: 31.12.2025. */
    static String typed(LocalDate day) {
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

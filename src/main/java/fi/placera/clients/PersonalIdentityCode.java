package fi.placera.clients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ, exactly as issued: the century sign
 * is part of the identity ({@code 010101-123N} and {@code 010101Y123N} are different people), so the
 * code is never normalised. Individual numbers 900–999 are temporary codes. An invalid code cannot exist.
 */
public record PersonalIdentityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+YXWVUABCDEF])(\\d{3})([0-9A-Y])");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Map<Character, Integer> CENTURIES = Map.ofEntries(
            Map.entry('+', 1800), Map.entry('-', 1900), Map.entry('Y', 1900), Map.entry('X', 1900),
            Map.entry('W', 1900), Map.entry('V', 1900), Map.entry('U', 1900), Map.entry('A', 2000),
            Map.entry('B', 2000), Map.entry('C', 2000), Map.entry('D', 2000), Map.entry('E', 2000),
            Map.entry('F', 2000));
    private static final int FIRST_INDIVIDUAL_NUMBER = 2;
    private static final int FIRST_TEMPORARY_NUMBER = 900;

    public PersonalIdentityCode {
        if (problemWith(value).isPresent()) {
            throw new IllegalArgumentException("not a valid personal identity code");
        }
    }

    /** The code typed by a person, or empty when it is not a valid one. */
    public static Optional<PersonalIdentityCode> parse(String text) {
        return text != null && problemWith(text.strip()).isEmpty()
                ? Optional.of(new PersonalIdentityCode(text.strip())) : Optional.empty();
    }

    /** Why a text is not a valid code, as a message key, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        Matcher parts = text == null ? null : FORMAT.matcher(text);
        if (parts == null || !parts.matches()) {
            return Optional.of("identity-code.format");
        }
        if (birthDate(parts).isEmpty()) {
            return Optional.of("identity-code.date");
        }
        if (Integer.parseInt(parts.group(5)) < FIRST_INDIVIDUAL_NUMBER) {
            return Optional.of("identity-code.number");
        }
        int number = Integer.parseInt(parts.group(1) + parts.group(2) + parts.group(3) + parts.group(5));
        if (CHECK_CHARACTERS.charAt(number % 31) != parts.group(6).charAt(0)) {
            return Optional.of("identity-code.check");
        }
        return Optional.empty();
    }

    public LocalDate birthDate() {
        Matcher parts = FORMAT.matcher(value);
        parts.matches();
        return birthDate(parts).orElseThrow();
    }

    /** Temporary codes (individual number 900–999) are given to people not yet in the population register. */
    public boolean isTemporary() {
        return Integer.parseInt(value.substring(7, 10)) >= FIRST_TEMPORARY_NUMBER;
    }

    private static Optional<LocalDate> birthDate(Matcher parts) {
        int year = CENTURIES.get(parts.group(4).charAt(0)) + Integer.parseInt(parts.group(3));
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Never printed whole by accident (logs, exceptions): only the birth date part. */
    @Override
    public String toString() {
        return "PersonalIdentityCode[" + value.substring(0, 6) + "*****]";
    }
}

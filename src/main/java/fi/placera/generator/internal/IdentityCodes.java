package fi.placera.generator.internal;

import fi.placera.clients.PersonalIdentityCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Personal identity codes for generated clients, with every century sign in use. */
final class IdentityCodes {

    /** Every sign, so that code paths for each are exercised: 1900s and 2000s have several since 2023. */
    static final String CENTURY_SIGNS = "+-YXWVUABCDEF";
    /** Every character the format allows last; the clients module's own rule picks the right one. */
    private static final String LAST_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXY";
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("ddMMyy");
    /** One client in this many gets a rarer sign in turn; the rest get the common sign of their century. */
    private static final int RARE_SIGN_EVERY = 4;

    private IdentityCodes() {
    }

    static String of(LocalDate born, char centurySign, int individualNumber) {
        String stem = born.format(DAY_MONTH_YEAR) + centurySign + String.format("%03d", individualNumber);
        return LAST_CHARACTERS.chars().mapToObj(last -> stem + (char) last)
                .filter(code -> PersonalIdentityCode.problemWith(code).isEmpty())
                .findFirst().orElseThrow();
    }

    /**
     * The century sign of the n-th client: every fourth client takes the next sign of all thirteen in turn,
     * so even 60 clients include each; the others are mostly born in the 1900s, some in the 2000s.
     */
    static char centurySign(long clientIndex, SplittableRandom random) {
        if (clientIndex % RARE_SIGN_EVERY == 0) {
            return CENTURY_SIGNS.charAt((int) (clientIndex / RARE_SIGN_EVERY % CENTURY_SIGNS.length()));
        }
        return Seeds.chance(random, 0.2) ? 'A' : '-';
    }

    static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> 1900;
        };
    }
}

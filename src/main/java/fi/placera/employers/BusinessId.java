package fi.placera.employers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus), e.g. 0112038-9: seven digits, a hyphen and a check digit. The check digit
 * is 11 minus the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11, or 0 when the remainder is 0; a
 * remainder of 1 is never issued, so no ID has it. Kept exactly as written; an invalid one cannot exist.
 */
public record BusinessId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public BusinessId {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Why the text is not a business ID (a message key), or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.of("employer.business-id.format");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1 || (remainder == 0 ? 0 : 11 - remainder) != text.charAt(8) - '0') {
            return Optional.of("employer.business-id.check");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

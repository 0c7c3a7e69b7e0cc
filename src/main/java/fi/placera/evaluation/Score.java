package fi.placera.evaluation;

import java.math.BigDecimal;

/**
 * A computed score: its value, or none when too many items are unanswered ("not computed"), with how many of its
 * items were answered and how many were missing.
 */
public record Score(String code, BigDecimal value, int answered, int missing) {

    public boolean computed() {
        return value != null;
    }
}

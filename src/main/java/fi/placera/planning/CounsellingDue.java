package fi.placera.planning;

import java.time.LocalDate;

/** Benefits counselling due by {@code dueOn} for a reason; met once a session on or after {@code metFrom} exists. */
public record CounsellingDue(BenefitsCounselling.DueReason reason, LocalDate dueOn, boolean met) {

    public boolean overdueOn(LocalDate today) {
        return !met && dueOn.isBefore(today);
    }
}

package fi.placera.planning;

import java.time.LocalDate;

/** A scheduled review (3, 6 or 12 months after the start), when it is due, and whether it is done. */
public record ReviewDue(int milestone, LocalDate dueOn, boolean done) {

    public boolean overdueOn(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }
}

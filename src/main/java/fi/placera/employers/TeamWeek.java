package fi.placera.employers;

import fi.placera.employers.EmployerContacts.WeeklyCount;
import fi.placera.platform.IpsModel;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * A team's employer contacts in a week against the team's target (fidelity V6): {@link
 * EmployerContacts#WEEKLY_FACE_TO_FACE_TARGET} face to face per coach, prorated by each coach's share of full time.
 * The team's figure is what the whole team sees; no coach is compared with another in front of the team.
 */
public record TeamWeek(int faceToFace, int total, BigDecimal target) {

    /** The team's week from its coaches' weeks and their full-time equivalents. */
    public static TeamWeek of(Collection<WeeklyCount> weeks, Collection<BigDecimal> ftes) {
        return new TeamWeek(weeks.stream().mapToInt(WeeklyCount::faceToFace).sum(),
                weeks.stream().mapToInt(WeeklyCount::total).sum(), target(ftes));
    }

    /** The face-to-face target of coaches working these shares of full time together. */
    public static BigDecimal target(Collection<BigDecimal> ftes) {
        BigDecimal fte = ftes.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = fte.multiply(BigDecimal.valueOf(IpsModel.WEEKLY_FACE_TO_FACE_CONTACTS))
                .stripTrailingZeros();
        return target.scale() < 0 ? target.setScale(0) : target;
    }

    public boolean targetMet() {
        return BigDecimal.valueOf(faceToFace).compareTo(target) >= 0;
    }
}

package fi.placera.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome report, exactly as data-exchange.md section 2 defines it, for an IPS team, a welfare area or the
 * whole country over a period {@code [from, to]}, both days included. The one implementation every page, download
 * and API shows. Suppression of small cells is the caller's concern ({@link OutcomeFields#suppressed}).
 */
public interface Outcomes {

    default Outcome of(Scope scope, LocalDate from, LocalDate to) {
        return of(scope, List.of(new Period(from, to))).get(0);
    }

    /** The report for each period, in the periods' order, computed together (one read for a whole trend). */
    default List<Outcome> of(Scope scope, List<Period> periods) {
        return ofEach(List.of(scope), periods).get(scope);
    }

    /**
     * The report of each scope for each period, all computed together in one read (an area and each of its teams,
     * say): each scope's list in the periods' order, exactly what {@link #of(Scope, List)} gives for that scope alone.
     * A scope without clients has its report of nobody (zeros) for every period.
     */
    Map<Scope, List<Outcome>> ofEach(Collection<Scope> scopes, List<Period> periods);

    /** From and to, both days included. */
    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * Whose clients: those of one or more IPS teams (a team, or e.g. all teams of a collaboration model across the
     * areas of a study), one welfare area, or everyone (both null).
     */
    record Scope(List<UUID> ipsTeamIds, Short areaId) {

        public Scope {
            ipsTeamIds = ipsTeamIds == null ? null : List.copyOf(ipsTeamIds);
        }

        public static Scope team(UUID ipsTeamId) {
            return new Scope(List.of(ipsTeamId), null);
        }

        /** The clients of these teams together; no teams = nobody (not everyone). */
        public static Scope teams(Collection<UUID> ipsTeamIds) {
            return new Scope(List.copyOf(ipsTeamIds), null);
        }

        public static Scope area(short areaId) {
            return new Scope(null, areaId);
        }

        public static Scope national() {
            return new Scope(null, null);
        }

        public boolean isNational() {
            return ipsTeamIds == null && areaId == null;
        }
    }

    /**
     * The report's fields, named as in the contract. Means and medians are days with one decimal, rates and
     * shares have four decimals; a rate, share, mean or median over nobody is null. {@code coaches} is not a
     * contract field: the number of coaches that employer_contacts_per_coach_week divides by (a figure about so
     * few coaches is about persons, see {@link SmallCells#MIN_COACHES}). The last three are not contract fields
     * either: the exact counts behind the two contact figures, so that a figure shown with fewer decimals (a
     * fidelity pre-score) is rounded once from them rather than again from the four decimals.
     */
    record Outcome(LocalDate from, LocalDate to, int served, int worked, BigDecimal employmentRate,
            int servedOutOfWorkAtEntry, int workedOutOfWorkAtEntry, BigDecimal employmentRateOutOfWorkAtEntry,
            int jobStarts, int firstJobStarts, int enrolled, BigDecimal daysToFirstEmployerContactMean,
            BigDecimal daysToFirstEmployerContactMedian, int cohortWithoutEmployerContact, BigDecimal daysToFirstJobMean,
            BigDecimal daysToFirstJobMedian, int cohortWithoutJob, BigDecimal employerContactsPerCoachWeek,
            BigDecimal contactsClientPreferenceShare, int employedAt6Months, int eligibleAt6Months,
            int employedAt12Months, int eligibleAt12Months, int coaches, int employerContacts,
            int contactsWithClientPreference, int contactsFollowingClientPreference) {
    }
}

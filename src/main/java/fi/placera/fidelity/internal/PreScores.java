package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews.Cuts;
import fi.placera.platform.IpsModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The pre-score rules: each turns the figures of the review period into the item's measure and scores it on the
 * item's cut points, which are data of the scale. A measure is computed from exact counts, rounded once (half up)
 * to one decimal and scored as shown, so the evidence a reviewer reads is exactly what was scored. No figures, no
 * proposal.
 */
final class PreScores {

    private static final int SHOWN_DECIMALS = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PreScores() {
    }

    /** The Gregorian calendar's mean month in days (365.25 ÷ 12): months of a period of any length. */
    private static final BigDecimal DAYS_IN_A_MONTH = new BigDecimal("30.4375");
    private static final BigDecimal DAYS_IN_A_WEEK = BigDecimal.valueOf(7);

    /**
     * A proposed score and the figures behind it, in the order the item's evidence text names them; for an item
     * that needs the reviewers' judgement the figures alone, with no score ({@link #evidence}).
     */
    record Proposal(Integer score, List<BigDecimal> figures) {

        Proposal {
            figures = List.copyOf(figures);
        }

        static Proposal evidence(List<BigDecimal> figures) {
            return new Proposal(null, figures);
        }
    }

    /** S1: active clients per full-time coach. Figures: clients, FTE, clients per FTE. */
    static Optional<Proposal> caseload(int activeClients, BigDecimal coachFte, Cuts cuts) {
        if (coachFte.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal perFte = BigDecimal.valueOf(activeClients).divide(coachFte, SHOWN_DECIMALS, RoundingMode.HALF_UP);
        return Optional.of(new Proposal(cuts.score(perFte), List.of(BigDecimal.valueOf(activeClients), coachFte, perFte)));
    }

    /** S2: the share of the coaches' recorded time spent on employment work, in per cent. Figures: hours, share. */
    static Optional<Proposal> employmentTime(BigDecimal hours, BigDecimal percent, Cuts cuts) {
        return timeShare(hours, percent, cuts);
    }

    /**
     * S3: the share of the clients with intake, profile, job search or follow-along records in the period whose
     * every such record was made by their own coach, the coach they had on the record's day (the coach history,
     * decision 0069). Figures: carried by their coach alone, clients, share.
     */
    static Optional<Proposal> generalists(int byOwnCoachAlone, int clientsWithPhaseRecords, Cuts cuts) {
        return percentOf(byOwnCoachAlone, clientsWithPhaseRecords, cuts);
    }

    /** O1: the share of the caseload referred by the coach's own care teams. Figures: from them, caseload, share. */
    static Optional<Proposal> ownCareTeams(int fromOwnCareTeams, int caseload, Cuts cuts) {
        return percentOf(fromOwnCareTeams, caseload, cuts);
    }

    /**
     * O6: the share of the period's referrals not ended because the service could not reach the client (enrolled,
     * still open, or ended by the client's own choice). Figures: not excluded, referrals, share.
     */
    static Optional<Proposal> zeroExclusion(int notExcluded, int referrals, Cuts cuts) {
        return percentOf(notExcluded, referrals, cuts);
    }

    /** V1: the share of the caseload with benefits counselling recorded by the period's end. Figures as O1's. */
    static Optional<Proposal> benefitsCounselling(int counselled, int caseload, Cuts cuts) {
        return percentOf(counselled, caseload, cuts);
    }

    /**
     * V3: the share of the clients whose profile work began in the period that had a vocational profile saved
     * by its end within the profile meetings aimed at. Figures: in time, clients, share.
     */
    static Optional<Proposal> profileInTime(int inTime, int profileStarted, Cuts cuts) {
        return percentOf(inTime, profileStarted, cuts);
    }

    /** V4: mean days from enrolment to the first face-to-face employer contact. Figures: mean days, enrolled. */
    static Optional<Proposal> daysToFirstEmployerContact(BigDecimal meanDays, int enrolled, Cuts cuts) {
        if (meanDays == null) {
            return Optional.empty();
        }
        BigDecimal shown = meanDays.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
        return Optional.of(new Proposal(cuts.score(shown), List.of(shown, BigDecimal.valueOf(enrolled))));
    }

    /**
     * V5: the share of employer contacts with a preference recorded that followed it, from the outcome report's
     * exact counts. Figures: share in per cent.
     */
    static Optional<Proposal> preferenceMatch(int followed, int withPreference, Cuts cuts) {
        return percentOf(followed, withPreference, cuts)
                .map(share -> new Proposal(share.score(), share.figures().subList(2, 3)));
    }

    /**
     * V6: face-to-face employer contacts per coach per week, contacts × 7 ÷ (coaches × days) as the outcome report
     * defines it, from its exact counts. Figures: contacts per coach-week.
     */
    static Optional<Proposal> employerContactsPerCoachWeek(int contacts, int coaches, long days, Cuts cuts) {
        if (coaches == 0) {
            return Optional.empty();
        }
        BigDecimal shown = BigDecimal.valueOf(contacts * 7L)
                .divide(BigDecimal.valueOf(coaches * days), SHOWN_DECIMALS, RoundingMode.HALF_UP);
        return Optional.of(new Proposal(cuts.score(shown), List.of(shown)));
    }

    /**
     * V8: the share of different job types among the period's placements with one recorded (the occupation code,
     * else the title). Figures: job types, placements, share.
     */
    static Optional<Proposal> diverseJobTypes(int jobTypes, int placementsWithType, Cuts cuts) {
        return percentOf(jobTypes, placementsWithType, cuts);
    }

    /** V9: the share of different employers among the period's placements. Figures: employers, placements, share. */
    static Optional<Proposal> diverseEmployers(int employers, int placements, Cuts cuts) {
        return percentOf(employers, placements, cuts);
    }

    /**
     * V10: the share of the period's placements that are competitive (the outcome report's job starts). Figures:
     * competitive, placements, share.
     */
    static Optional<Proposal> competitiveJobs(int competitive, int placements, Cuts cuts) {
        return percentOf(competitive, placements, cuts);
    }

    /** V12: the share of the period's follow-along contacts due that were met in time. Figures: met, due, share. */
    static Optional<Proposal> followAlongOnTime(int met, int due, Cuts cuts) {
        return percentOf(met, due, cuts);
    }

    /** V13: the share of the coaches' recorded time spent in the community. Figures: hours, share. */
    static Optional<Proposal> communityTime(BigDecimal hours, BigDecimal percent, Cuts cuts) {
        return timeShare(hours, percent, cuts);
    }

    /**
     * V14: the share of the period's referrals not enrolled by its end with outreach recorded. Figures: reached
     * out to, not enrolled, share.
     */
    static Optional<Proposal> outreach(int reachedOutTo, int notEnrolled, Cuts cuts) {
        return percentOf(reachedOutTo, notEnrolled, cuts);
    }

    /**
     * V2: the share of the clients in job search or work whose disclosure was discussed with its pros and cons
     * written down and whose revisit days of the period were kept. Figures: discussed, clients, share.
     */
    static Optional<Proposal> disclosureDiscussed(int discussed, int clients, Cuts cuts) {
        return percentOf(discussed, clients, cuts);
    }

    /**
     * O3 on the IPS model's cut points ({@link IpsModel#AGENCY_MEETINGS_PER_MONTH}, …): 5 monthly scheduled meetings
     * with employment services or Kela and weekly client contacts with them, 4 one of the two, 3 a meeting or a
     * client contact at least quarterly, 2 now and then. Nothing recorded, no proposal: the records cannot tell no
     * collaboration from collaboration not recorded. Monthly and weekly are read on the shown figures; quarterly
     * on the exact counts. Figures: meetings, meetings per month, client contacts, client contacts per week.
     */
    static Optional<Proposal> agencyCollaboration(int meetings, int contacts, long days) {
        if (meetings == 0 && contacts == 0) {
            return Optional.empty();
        }
        BigDecimal perMonth = perMonths(meetings, days, 1);
        BigDecimal perWeek = BigDecimal.valueOf(contacts).multiply(DAYS_IN_A_WEEK)
                .divide(BigDecimal.valueOf(days), SHOWN_DECIMALS, RoundingMode.HALF_UP);
        boolean monthly = perMonth.compareTo(BigDecimal.valueOf(IpsModel.AGENCY_MEETINGS_PER_MONTH)) >= 0;
        boolean weekly = perWeek.compareTo(BigDecimal.valueOf(IpsModel.AGENCY_CLIENT_CONTACTS_PER_WEEK)) >= 0;
        BigDecimal quarterDays = DAYS_IN_A_MONTH.multiply(BigDecimal.valueOf(IpsModel.AGENCY_QUARTER_MONTHS));
        boolean quarterly = BigDecimal.valueOf(Math.max(meetings, contacts)).multiply(quarterDays)
                .compareTo(BigDecimal.valueOf(days)) >= 0;
        int score = monthly && weekly ? 5 : monthly || weekly ? 4 : quarterly ? 3 : 2;
        return Optional.of(new Proposal(score, List.of(BigDecimal.valueOf(meetings), perMonth,
                BigDecimal.valueOf(contacts), perWeek)));
    }

    /**
     * O8 on the elements of executive support that the steering group's records show (decision 0084): the group meets
     * and reviews the figures its agenda is built from (one element, 2), and at least every
     * {@link IpsModel#STEERING_GROUP_MEETS_EVERY_MONTHS} months: a meeting in each such stretch of the period from its
     * first day (two elements, 3). The other elements (leaders know IPS, goals told, barriers raised) are the
     * reviewers' to add from interviews; no meeting, no score. Figures: meetings, a quarter, stretches with a meeting,
     * stretches.
     */
    static Proposal executiveSupport(List<LocalDate> meetings, LocalDate from, LocalDate to) {
        Stretches stretches = Stretches.of(meetings, from, to);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<BigDecimal> figures = List.of(BigDecimal.valueOf(meetings.size()), perQuarter(meetings.size(), days),
                BigDecimal.valueOf(stretches.met()), BigDecimal.valueOf(stretches.all()));
        if (meetings.isEmpty()) {
            return Proposal.evidence(figures);
        }
        return new Proposal(stretches.met() == stretches.all() ? 3 : 2, figures);
    }

    /** The full stretches of a quarter in a period from its first day, and those with a meeting (O8). */
    private record Stretches(int met, int all) {

        static Stretches of(List<LocalDate> meetings, LocalDate from, LocalDate to) {
            int all = 0;
            int met = 0;
            for (LocalDate start = from; !quarterAfter(start).isAfter(to.plusDays(1)); start = quarterAfter(start)) {
                LocalDate first = start;
                all++;
                met += meetings.stream().anyMatch(day -> !day.isBefore(first) && day.isBefore(quarterAfter(first)))
                        ? 1 : 0;
            }
            // a period shorter than a quarter is one stretch of its own length
            return all == 0 ? new Stretches(meetings.isEmpty() ? 0 : 1, 1) : new Stretches(met, all);
        }

        private static LocalDate quarterAfter(LocalDate day) {
            return day.plusMonths(IpsModel.STEERING_GROUP_MEETS_EVERY_MONTHS);
        }
    }

    /** Evidence: a part, the whole and the share in per cent, rounded once. */
    static List<BigDecimal> share(int part, int whole) {
        return List.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), percent(part, whole));
    }

    /** Evidence: the weeks of a period of so many days. */
    static BigDecimal weeks(long days) {
        return BigDecimal.valueOf(days).divide(DAYS_IN_A_WEEK, SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /** Evidence: how many of one for each of another (coaches per leader). */
    static BigDecimal ratio(int count, int per) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(per), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /** Evidence: so many in a period of so many days, per quarter of a year (steering-group meetings, O8). */
    static BigDecimal perQuarter(int count, long days) {
        return perMonths(count, days, IpsModel.AGENCY_QUARTER_MONTHS);
    }

    /** So many in a period of so many days, per this many months. */
    private static BigDecimal perMonths(int count, long days, int months) {
        return BigDecimal.valueOf(count).multiply(DAYS_IN_A_MONTH).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(days), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    private static Optional<Proposal> timeShare(BigDecimal hours, BigDecimal percent, Cuts cuts) {
        if (percent == null) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(cuts.score(percent), List.of(hours, percent)));
    }

    private static Optional<Proposal> percentOf(int part, int whole, Cuts cuts) {
        if (whole == 0) {
            return Optional.empty();
        }
        BigDecimal percent = percent(part, whole);
        return Optional.of(new Proposal(cuts.score(percent),
                List.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), percent)));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }
}

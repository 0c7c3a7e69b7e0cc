package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews.Cuts;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** A proposed score and the figures behind it, in the order the item's evidence text names them. */
    record Proposal(int score, List<BigDecimal> figures) {

        Proposal {
            figures = List.copyOf(figures);
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
        BigDecimal percent = BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), SHOWN_DECIMALS, RoundingMode.HALF_UP);
        return Optional.of(new Proposal(cuts.score(percent),
                List.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), percent)));
    }
}

package fi.placera.fidelity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.fidelity.FidelityReviews.Cuts;
import fi.placera.fidelity.internal.PreScores.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-score rules at their anchors' boundaries, with the cut points of the 2008 scale as the migrations seed
 * them (V27__create_fidelity.sql, V28 for S3, O6, V1, V3 and V14); FidelityReviewsIT checks the same rules
 * against the seeded data.
 */
class PreScoresTest {

    private static final Cuts S1 = lowerIsBetter(20, 25, 30, 40);
    private static final Cuts O1 = higherIsBetter(90, 75, 50, 25);
    private static final Cuts V4 = lowerIsBetter(30, 60, 150, 270);
    private static final Cuts V6 = higherIsBetter(6, 4, 2, 1);
    private static final Cuts V10 = higherIsBetter(95, 80, 65, 50);
    private static final Cuts V13 = higherIsBetter(65, 50, 40, 30);
    private static final Cuts SHARE = higherIsBetter(90, 75, 50, 25);
    private static final Cuts O6 = higherIsBetter(95, 85, 70, 50);

    /**
     * O3 over 181 days (a quarter is 3 × 30.4375 = 91.3 days): monthly meetings and weekly contacts 5, either 4, a
     * meeting or contact a quarter (neither monthly nor weekly) 3 (2 in 181 days is one per 90.5), less 2, nothing recorded no proposal.
     */
    @Test
    void o3IsMonthlyAndWeeklyForFiveEitherForFourQuarterlyForThreeAndNowAndThenForTwo() {
        assertThat(PreScores.agencyCollaboration(6, 26, 181)).contains(proposal(5, "6", "1.0", "26", "1.0"));
        assertThat(PreScores.agencyCollaboration(6, 24, 181)).contains(proposal(4, "6", "1.0", "24", "0.9"));
        assertThat(PreScores.agencyCollaboration(5, 26, 181)).contains(proposal(4, "5", "0.8", "26", "1.0"));
        assertThat(PreScores.agencyCollaboration(5, 24, 181).map(Proposal::score)).contains(3);
        assertThat(PreScores.agencyCollaboration(2, 0, 181)).contains(proposal(3, "2", "0.3", "0", "0.0"));
        assertThat(PreScores.agencyCollaboration(0, 2, 181).map(Proposal::score)).contains(3);
        assertThat(PreScores.agencyCollaboration(1, 1, 181)).contains(proposal(2, "1", "0.2", "1", "0.0"));
        assertThat(PreScores.agencyCollaboration(0, 0, 181)).isEmpty();
    }

    /**
     * O8 over 1.1.–30.6.2026, two quarters from the first day: a steering-group meeting in each 3 (the group meets, and
     * quarterly), meetings but a quarter without one 2, none only the figures (decision 0084); a longer period counts
     * its full quarters, the days after the last full one count toward the meetings only.
     */
    @Test
    void o8IsThreeForQuarterlySteeringMeetingsTwoForIrregularAndNoScoreForNone() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        assertThat(PreScores.executiveSupport(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)), from, to))
                .isEqualTo(proposal(3, "2", "1.0", "2", "2"));
        assertThat(PreScores.executiveSupport(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)), from, to))
                .isEqualTo(proposal(2, "2", "1.0", "1", "2"));
        assertThat(PreScores.executiveSupport(List.of(), from, to))
                .isEqualTo(Proposal.evidence(List.of(BigDecimal.ZERO, new BigDecimal("0.0"), BigDecimal.ZERO,
                        BigDecimal.valueOf(2))));
        assertThat(PreScores.executiveSupport(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 7, 20)), from, LocalDate.of(2026, 7, 31)).score()).isEqualTo(3);
        assertThat(PreScores.executiveSupport(List.of(LocalDate.of(2026, 2, 1)), from, LocalDate.of(2026, 2, 28)))
                .as("a period shorter than a quarter is one").isEqualTo(proposal(3, "1", "1.5", "1", "1"));
    }

    @Test
    void twentyClientsPerFullTimeCoachScoreFiveAndTwentyOneScoreFour() {
        assertThat(PreScores.caseload(20, BigDecimal.ONE, S1)).contains(proposal(5, "20", "1", "20.0"));
        assertThat(PreScores.caseload(21, BigDecimal.ONE, S1)).contains(proposal(4, "21", "1", "21.0"));
    }

    @Test
    void caseloadIsPerFullTimeEquivalentAndFortyOneIsTheLowestAnchor() {
        // 30 clients over 1.5 FTE is 20 per FTE; 41 over one FTE is past the last limit
        assertThat(PreScores.caseload(30, new BigDecimal("1.5"), S1).map(Proposal::score)).contains(5);
        assertThat(PreScores.caseload(40, BigDecimal.ONE, S1).map(Proposal::score)).contains(2);
        assertThat(PreScores.caseload(41, BigDecimal.ONE, S1).map(Proposal::score)).contains(1);
        assertThat(PreScores.caseload(5, BigDecimal.ZERO, S1)).isEmpty();
    }

    @Test
    void ninetyPerCentFromOwnCareTeamsScoresFiveAndEightyNineScoresFour() {
        assertThat(PreScores.ownCareTeams(9, 10, O1)).contains(proposal(5, "9", "10", "90.0"));
        assertThat(PreScores.ownCareTeams(89, 100, O1).map(Proposal::score)).contains(4);
        assertThat(PreScores.ownCareTeams(0, 0, O1)).isEmpty();
    }

    @Test
    void thirtyDaysToTheFirstEmployerContactScoreFiveAndThirtyOneScoreFour() {
        assertThat(PreScores.daysToFirstEmployerContact(new BigDecimal("30.0"), 4, V4)).contains(proposal(5, "30.0", "4"));
        assertThat(PreScores.daysToFirstEmployerContact(new BigDecimal("31.0"), 4, V4).map(Proposal::score)).contains(4);
        assertThat(PreScores.daysToFirstEmployerContact(new BigDecimal("271"), 4, V4).map(Proposal::score)).contains(1);
        assertThat(PreScores.daysToFirstEmployerContact(null, 0, V4)).isEmpty();
    }

    @Test
    void sixContactsPerCoachWeekScoreFiveAndFivePointNineScoreFour() {
        assertThat(PreScores.employerContactsPerCoachWeek(6, 1, 7, V6)).contains(proposal(5, "6.0"));
        assertThat(PreScores.employerContactsPerCoachWeek(59, 10, 7, V6)).contains(proposal(4, "5.9"));
        assertThat(PreScores.employerContactsPerCoachWeek(9, 10, 7, V6).map(Proposal::score)).contains(1);
    }

    @Test
    void eightyFivePerCentDifferentEmployersOrJobTypesScoreFiveAndFiftyScoresTwo() {
        Cuts diversity = higherIsBetter(85, 70, 60, 50);
        assertThat(PreScores.diverseEmployers(17, 20, diversity)).contains(proposal(5, "17", "20", "85.0"));
        assertThat(PreScores.diverseEmployers(1, 2, diversity).map(Proposal::score)).contains(2);
        assertThat(PreScores.diverseJobTypes(7, 10, diversity).map(Proposal::score)).contains(4);
        assertThat(PreScores.diverseJobTypes(0, 0, diversity)).isEmpty();
    }

    @Test
    void ninetyFivePerCentCompetitiveJobsScoreFive() {
        assertThat(PreScores.competitiveJobs(19, 20, V10)).contains(proposal(5, "19", "20", "95.0"));
        assertThat(PreScores.competitiveJobs(18, 20, V10).map(Proposal::score)).contains(4);
    }

    @Test
    void followAlongOnTimeIsTheShareOfContactsDueThatWereMet() {
        assertThat(PreScores.followAlongOnTime(3, 4, O1)).contains(proposal(4, "3", "4", "75.0"));
        assertThat(PreScores.followAlongOnTime(0, 0, O1)).isEmpty();
    }

    @Test
    void sixtyFivePerCentOfTimeInTheCommunityScoresFive() {
        assertThat(PreScores.communityTime(new BigDecimal("40"), new BigDecimal("65.0"), V13))
                .contains(proposal(5, "40", "65.0"));
        assertThat(PreScores.communityTime(new BigDecimal("40"), new BigDecimal("64.9"), V13).map(Proposal::score))
                .contains(4);
        assertThat(PreScores.communityTime(BigDecimal.ZERO, null, V13)).isEmpty();
    }

    @Test
    void ninetySixPerCentOfTimeOnEmploymentWorkScoresFiveAndNinetyFiveScoresFour() {
        Cuts s2 = higherIsBetter(96, 90, 75, 60);
        assertThat(PreScores.employmentTime(new BigDecimal("50"), new BigDecimal("96.0"), s2).map(Proposal::score)).contains(5);
        assertThat(PreScores.employmentTime(new BigDecimal("50"), new BigDecimal("95.9"), s2).map(Proposal::score)).contains(4);
    }

    @Test
    void preferenceMatchIsScoredInPerCent() {
        assertThat(PreScores.preferenceMatch(2, 3, O1)).contains(proposal(3, "66.7"));
        assertThat(PreScores.preferenceMatch(0, 0, O1)).isEmpty();
    }

    @Test
    void sharesAreComputedFromExactCountsAndRoundedOnce() {
        // 25/46 = 54.348 %: 54.3, where 0.5435 from the outcome statement would show 54.4
        assertThat(PreScores.preferenceMatch(25, 46, O1)).contains(proposal(3, "54.3"));
        // 8 contacts by 1 coach over 1121 days: 0.04996 a week is 0.0, where 0.0500 would show 0.1
        assertThat(PreScores.employerContactsPerCoachWeek(8, 1, 1121, V6)).contains(proposal(1, "0.0"));
        assertThat(PreScores.employerContactsPerCoachWeek(6, 1, 7, V6)).contains(proposal(5, "6.0"));
        assertThat(PreScores.employerContactsPerCoachWeek(3, 0, 7, V6)).isEmpty();
    }

    @Test
    void generalistsAtNinetyPerCentScoreFiveAndAtEightyNinePointFiveFour() {
        // 9 of 10 clients had every phase recorded by their own coach: 90.0 %, the first value that scores 5
        assertThat(PreScores.generalists(9, 10, SHARE)).contains(proposal(5, "9", "10", "90.0"));
        // 179 of 200 is 89.5 %, shown and scored as 89.5: 4; 1799 of 2000 is 89.95 %, shown as 90.0: 5
        assertThat(PreScores.generalists(179, 200, SHARE)).contains(proposal(4, "179", "200", "89.5"));
        assertThat(PreScores.generalists(1799, 2000, SHARE).map(Proposal::score)).contains(5);
        assertThat(PreScores.generalists(0, 0, SHARE)).isEmpty();
    }

    @Test
    void zeroExclusionAtNinetyFivePerCentScoresFiveAndFiftyScoresTwo() {
        // 19 of 20 referrals not ended as unreachable: 95.0 % scores 5; 18 of 19 is 94.7 %: 4
        assertThat(PreScores.zeroExclusion(19, 20, O6)).contains(proposal(5, "19", "20", "95.0"));
        assertThat(PreScores.zeroExclusion(18, 19, O6)).contains(proposal(4, "18", "19", "94.7"));
        // 17 of 20 is 85.0 %: still 4; 7 of 10 is 70.0 %: 3; 1 of 2 is 50.0 %: 2; 49 of 100: 1
        assertThat(PreScores.zeroExclusion(17, 20, O6).map(Proposal::score)).contains(4);
        assertThat(PreScores.zeroExclusion(7, 10, O6).map(Proposal::score)).contains(3);
        assertThat(PreScores.zeroExclusion(1, 2, O6).map(Proposal::score)).contains(2);
        assertThat(PreScores.zeroExclusion(49, 100, O6).map(Proposal::score)).contains(1);
        assertThat(PreScores.zeroExclusion(0, 0, O6)).isEmpty();
    }

    @Test
    void benefitsCounsellingForHalfTheCaseloadScoresThreeAndFortyNinePerCentTwo() {
        assertThat(PreScores.benefitsCounselling(1, 2, SHARE)).contains(proposal(3, "1", "2", "50.0"));
        assertThat(PreScores.benefitsCounselling(49, 100, SHARE)).contains(proposal(2, "49", "100", "49.0"));
        assertThat(PreScores.benefitsCounselling(0, 3, SHARE)).contains(proposal(1, "0", "3", "0.0"));
    }

    @Test
    void profilesInTimeForAQuarterScoreTwoAndTwentyFourPerCentOne() {
        assertThat(PreScores.profileInTime(1, 4, SHARE)).contains(proposal(2, "1", "4", "25.0"));
        assertThat(PreScores.profileInTime(6, 25, SHARE)).contains(proposal(1, "6", "25", "24.0"));
        assertThat(PreScores.profileInTime(0, 0, SHARE)).isEmpty();
    }

    @Test
    void outreachForThreeQuartersScoresFourAndSeventyFourPointNineThree() {
        assertThat(PreScores.outreach(3, 4, SHARE)).contains(proposal(4, "3", "4", "75.0"));
        assertThat(PreScores.outreach(749, 1000, SHARE)).contains(proposal(3, "749", "1000", "74.9"));
        assertThat(PreScores.outreach(2, 2, SHARE)).contains(proposal(5, "2", "2", "100.0"));
    }

    private static Proposal proposal(int score, String... figures) {
        return new Proposal(score, java.util.Arrays.stream(figures).map(BigDecimal::new).toList());
    }

    private static Cuts lowerIsBetter(int... limits) {
        return new Cuts(false, decimals(limits));
    }

    private static Cuts higherIsBetter(int... limits) {
        return new Cuts(true, decimals(limits));
    }

    private static List<BigDecimal> decimals(int... limits) {
        return java.util.Arrays.stream(limits).mapToObj(BigDecimal::valueOf).toList();
    }
}

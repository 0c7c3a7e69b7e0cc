package fi.placera.evaluation.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.SelfReports.Kind;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.evaluation.TeamCosts;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.Band;
import fi.placera.fidelity.FidelityReviews.NextReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.platform.IpsModel;
import fi.placera.reporting.CalendarPeriods;
import fi.placera.reporting.OutsideFigures;
import fi.placera.reporting.OutsideFigures.Cell;
import fi.placera.reporting.OutsideFigures.Decided;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.reporting.ZeroExclusionFigures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The manager's view of the area (decision 0081): per IPS team, whether it is built as the model asks, its fidelity
 * standing, its outcomes by calendar quarter, who waits on its list now, and its costs per client served and per job
 * start, and the self-evaluations and interim reports it has submitted (decision 0085). Everything a manager
 * sees leaves the team, so outcomes come as {@link OutsideFigures} decide them, and a unit cost is hidden with the
 * count it is divided by. Nothing here is about one coach: the checks count coaches, never name them. The steering
 * groups' agendas show the same figures (named interface "area-view", decision 0084).
 */
@NamedInterface("area-view")
@Service
public class AreaOverview {

    private static final int QUARTERS_SHOWN = 4;

    private final Organisation organisation;
    private final ClientIntake intake;
    private final FidelityReviews reviews;
    private final TeamCosts costs;
    private final OutsideFigures outside;
    private final ZeroExclusionFigures zeroExclusion;
    private final SelfReports selfReports;
    private final JdbcClient jdbc;

    AreaOverview(Organisation organisation, ClientIntake intake, FidelityReviews reviews, TeamCosts costs,
            OutsideFigures outside, ZeroExclusionFigures zeroExclusion, SelfReports selfReports, JdbcClient jdbc) {
        this.selfReports = selfReports;
        this.organisation = organisation;
        this.intake = intake;
        this.reviews = reviews;
        this.costs = costs;
        this.outside = outside;
        this.zeroExclusion = zeroExclusion;
        this.jdbc = jdbc;
    }

    /** The model's checks of a team; each is met or not, and says what was found. */
    public record ModelChecks(int staff, boolean hasLeader, int coachesOverCaseloadLimit, int weeksWithTeamMeeting,
            int coachesOutsideCareTeamRule) {

        public boolean staffed() {
            return staff >= IpsModel.TEAM_MIN_STAFF && hasLeader;
        }

        public boolean caseloadsWithinLimits() {
            return coachesOverCaseloadLimit == 0;
        }

        public boolean meetsWeekly() {
            return weeksWithTeamMeeting == IpsModel.TEAM_MEETING_WEEKS_CHECKED;
        }

        public boolean coachesInCareTeams() {
            return coachesOutsideCareTeamRule == 0;
        }

        public boolean allMet() {
            return staffed() && caseloadsWithinLimits() && meetsWeekly() && coachesInCareTeams();
        }
    }

    /**
     * The latest published review (none yet: null total), its band, and the next review
     * ({@link FidelityReviews.NextReview}): in progress when a review of a later period is open, else due from and by.
     */
    public record Fidelity(LocalDate reviewedOn, Integer total, Band band, boolean nextInProgress, LocalDate nextDueFrom,
            LocalDate nextDueBy) {

        Fidelity(LocalDate reviewedOn, Integer total, Band band, NextReview next) {
            this(reviewedOn, total, band, next.inProgress(), next.dueFrom(), next.dueBy());
        }

        private NextReview next() {
            return new NextReview(nextDueFrom, nextDueBy, nextInProgress);
        }

        public boolean overdue(LocalDate today) {
            return next().overdue(today);
        }

        /** The reminder: see {@link NextReview#dueSoon}. */
        public boolean dueSoon(LocalDate today) {
            return next().dueSoon(today);
        }
    }

    /** How many self-evaluations and interim reports the team has submitted (acknowledged ones included). */
    public record Submitted(long selfEvaluations, long interimReports) {
    }

    /** One calendar quarter's outcome figures as shown outside the team (a hidden count is {@link Cell#hidden}). */
    public record Quarter(String label, Cell cell) {
    }

    /** A year's total cost and unit costs; a unit cost whose count is hidden outside the team is null and hidden. */
    public record UnitCosts(int year, BigDecimal total, BigDecimal perClientServed, boolean perClientHidden,
            BigDecimal perJobStart, boolean perJobStartHidden) {
    }

    public record TeamStatus(IpsTeamSummary team, ModelChecks checks, Fidelity fidelity, List<Quarter> quarters,
            ZeroExclusionFigures.Figures waiting, Optional<UnitCosts> costs, Submitted submitted) {
    }

    /** Every IPS team of the area. */
    public List<TeamStatus> of(short areaId, LocalDate today) {
        return statusOf(organisation.ipsTeamsIn(areaId), today);
    }

    /** One IPS team of the area (none when the team is not the area's): a team's steering group needs no more. */
    public List<TeamStatus> ofTeam(short areaId, UUID teamId, LocalDate today) {
        return statusOf(organisation.ipsTeamsIn(areaId).stream().filter(team -> team.id().equals(teamId)).toList(),
                today);
    }

    private List<TeamStatus> statusOf(List<IpsTeamSummary> teams, LocalDate today) {
        Decided decided = outside.decided();
        return teams.stream()
                .map(team -> new TeamStatus(team, checksOf(team, today), fidelityOf(team), quartersOf(decided, team, today),
                        zeroExclusion.of(Scope.team(team.id()), today, today, true),
                        costsOf(decided, team, today.getYear() - 1), submittedOf(team)))
                .toList();
    }

    private Submitted submittedOf(IpsTeamSummary team) {
        List<SelfReport> submitted = selfReports.ofTeam(team.id()).stream().filter(report -> !report.draft()).toList();
        long selfEvaluations = submitted.stream().filter(report -> report.kind() == Kind.SELF_EVALUATION).count();
        return new Submitted(selfEvaluations, submitted.size() - selfEvaluations);
    }

    private ModelChecks checksOf(IpsTeamSummary team, LocalDate today) {
        List<TeamCoach> coaches = organisation.membersOf(team.id(), TeamRole.COACH);
        int leaders = organisation.membersOf(team.id(), TeamRole.TEAM_LEADER).size();
        int overLimit = (int) coaches.stream()
                .filter(coach -> intake.placesLeft(coach.staffMemberId(), team.id()) < 0).count();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeksMet = jdbc.sql("""
                        select count(distinct date_trunc('week', held_on)) from meetings_facts_team_meeting
                        where ips_team_id = ? and kind = 'TEAM_WEEKLY' and held_on >= ? and held_on < ?""")
                .params(team.id(), thisMonday.minusWeeks(IpsModel.TEAM_MEETING_WEEKS_CHECKED), thisMonday)
                .query(Integer.class).single();
        int outsideCareTeamRule = jdbc.sql("""
                        select count(*) from organisation_facts_team_member m
                        where m.ips_team_id = ? and m.team_role = 'COACH'
                          and (select count(*) from organisation_facts_care_team_member c
                               where c.staff_member_id = m.staff_member_id) not between ? and ?""")
                .params(team.id(), IpsModel.CARE_TEAMS_PER_COACH_MIN, IpsModel.CARE_TEAMS_PER_COACH_MAX)
                .query(Integer.class).single();
        return new ModelChecks(coaches.size() + leaders, leaders > 0, overLimit, weeksMet, outsideCareTeamRule);
    }

    private Fidelity fidelityOf(IpsTeamSummary team) {
        List<Review> ofTeam = reviews.ofTeam(team.id());
        NextReview next = NextReview.of(ofTeam);
        return ofTeam.stream().filter(Review::published).findFirst()
                .map(p -> new Fidelity(p.reviewedOn(), p.total(),
                        reviews.scale(p.scaleId()).band(p.total()).orElse(null), next))
                .orElse(new Fidelity(null, null, null, next));
    }

    /** The current calendar quarter and the ones before it, latest first. */
    private List<Quarter> quartersOf(Decided decided, IpsTeamSummary team, LocalDate today) {
        List<Quarter> quarters = new ArrayList<>();
        LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
        for (int i = 0; i < QUARTERS_SHOWN; i++, start = start.minusMonths(3)) {
            Period quarter = CalendarPeriods.ofYear(start.getYear()).get(start.get(IsoFields.QUARTER_OF_YEAR) - 1);
            quarters.add(new Quarter(String.format(Locale.ROOT, "%d Q%d", start.getYear(),
                    start.get(IsoFields.QUARTER_OF_YEAR)), outside.ofTeam(decided, team, quarter)));
        }
        return quarters;
    }

    /** The last full year's costs, with its outcome as shown outside the team. */
    private Optional<UnitCosts> costsOf(Decided decided, IpsTeamSummary team, int year) {
        return costs.of(team.id(), year).map(saved -> {
            Cell cell = outside.ofTeam(decided, team, CalendarPeriods.ofYear(year).get(CalendarPeriods.YEAR));
            TeamCosts.Figures figures = TeamCosts.Figures.of(saved, cell.outcome());
            boolean servedHidden = cell.hidden().contains("served");
            boolean startsHidden = cell.hidden().contains("job_starts");
            return new UnitCosts(year, figures.total(), servedHidden ? null : figures.perClientServed(), servedHidden,
                    startsHidden ? null : figures.perJobStart(), startsHidden);
        });
    }
}

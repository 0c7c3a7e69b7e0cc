package fi.placera.research.internal;

import fi.placera.evaluation.TeamCosts;
import fi.placera.evaluation.TeamCosts.Figures;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.reporting.OutcomeFields;
import fi.placera.reporting.OutsideFigures;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.SmallCells;
import fi.placera.research.Study;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The evaluator's view of a study: the outcome report, fidelity reviews and costs of every area and team the study
 * covers, side by side and over the study's years or quarters, and the two collaboration models compared. Every
 * figure leaves the teams, so its cells are those of the outcome reports outside the team ({@link OutsideFigures}, whole
 * calendar periods, {@link OutcomeFields}); costs per client served, per job start and the alternative cost are
 * hidden with the count they divide by or multiply.
 */
@Component
public class StudyOverviews {

    /** More periods than this are not shown side by side: a study of more than ten years is shown by year. */
    static final int MAX_PERIODS = 40;

    private final Organisation organisation;
    private final OutsideFigures outside;
    private final FidelityReviews fidelity;
    private final TeamCosts costs;

    StudyOverviews(Organisation organisation, OutsideFigures outside, FidelityReviews fidelity, TeamCosts costs) {
        this.organisation = organisation;
        this.outside = outside;
        this.fidelity = fidelity;
        this.costs = costs;
    }

    /** How the study's period is divided for the comparison over time. */
    public enum Granularity { YEAR, QUARTER }

    /** One line of a comparison over time: whose clients, and the suppressed report of each period. */
    public record Line(String area, CollaborationModel model, List<Map<String, Object>> periods) {
    }

    /** The latest published fidelity review of a team that overlaps the study's period. */
    public record FidelityFigure(LocalDate reviewedOn, int total, String band, Map<String, String> bandLabels) {
    }

    /** A year's costs: the total and the figures made of it with the outcome report, suppressed where small. */
    public record CostFigure(int year, BigDecimal total, Object perClientServed, Object perJobStart,
            Object alternativeCost) {
    }

    /** A team over the whole study period: its report, latest fidelity review and the costs of each year. */
    public record TeamLine(IpsTeamSummary team, String area, Map<String, Object> outcome,
            Optional<FidelityFigure> fidelity, List<CostFigure> costs) {
    }

    /** A welfare area's costs in a year: the teams' costs added up, over the clients of the teams that have costs. */
    public record AreaCosts(String area, List<CostFigure> years) {
    }

    public record Overview(Study study, List<Period> periods, List<Line> areas, Line all, List<Line> models,
            List<TeamLine> teams, List<AreaCosts> areaCosts) {
    }

    public Overview of(Study study, Granularity granularity) {
        OutsideFigures.Decided decided = outside.decided();
        List<Period> periods = periods(study, granularity);
        List<WelfareArea> areas = organisation.areas().stream().filter(area -> study.covers(area.id())).toList();
        List<IpsTeamSummary> teams = areas.stream().flatMap(area -> organisation.ipsTeamsIn(area.id()).stream()).toList();
        List<Line> areaLines = areas.stream().map(area -> new Line(area.code(), null, periods.stream()
                .map(period -> outside.ofArea(decided, area.id(), period).fields()).toList())).toList();
        Line all = line(decided, null, teams, periods);
        List<Line> models = Arrays.stream(CollaborationModel.values())
                .map(model -> line(decided, model, teams.stream().filter(team -> team.collaborationModel() == model)
                        .toList(), periods))
                .toList();
        List<Period> years = periods(study, Granularity.YEAR);
        Map<Short, String> areaCodes = areas.stream().collect(Collectors.toMap(WelfareArea::id, WelfareArea::code));
        Map<UUID, Map<Integer, TeamCosts.Costs>> entered = enteredCosts(teams, years);
        List<TeamLine> teamLines = teams.stream()
                .map(team -> teamLine(decided, study, team, areaCodes.get(team.areaId()), years,
                        entered.get(team.id())))
                .toList();
        List<AreaCosts> areaCosts = areas.stream().map(area -> areaCosts(decided, area, teams, years, entered))
                .toList();
        return new Overview(study, periods, areaLines, all, models, teamLines, areaCosts);
    }

    /**
     * The calendar years or quarters the study's period touches, whole (figures leave the teams: a period cut at a
     * study's day could be differenced with a whole one); by year when quarters would be too many.
     */
    static List<Period> periods(Study study, Granularity granularity) {
        int months = granularity == Granularity.YEAR ? 12 : 3;
        LocalDate first = granularity == Granularity.YEAR ? study.from().withDayOfYear(1)
                : study.from().with(IsoFields.DAY_OF_QUARTER, 1);
        List<Period> periods = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(study.to()); start = start.plusMonths(months)) {
            periods.add(new Period(start, start.plusMonths(months).minusDays(1)));
        }
        return periods.size() > MAX_PERIODS && granularity == Granularity.QUARTER
                ? periods(study, Granularity.YEAR) : periods;
    }

    /** Teams taken together: hidden wherever one of them is hidden, since the line is their sum. */
    private Line line(OutsideFigures.Decided decided, CollaborationModel model, List<IpsTeamSummary> teams,
            List<Period> periods) {
        return new Line(null, model, periods.stream().map(period -> outside.ofTeams(decided, teams, period).fields())
                .toList());
    }

    /** The team's report of the study's last calendar year, and each year's costs with that year's figures. */
    private TeamLine teamLine(OutsideFigures.Decided decided, Study study, IpsTeamSummary team, String area,
            List<Period> years, Map<Integer, TeamCosts.Costs> entered) {
        List<CostFigure> yearCosts = years.stream().filter(year -> entered.containsKey(year.from().getYear()))
                .map(year -> costFigure(entered.get(year.from().getYear()), outside.ofTeam(decided, team, year)))
                .toList();
        return new TeamLine(team, area, outside.ofTeam(decided, team, years.get(years.size() - 1)).fields(),
                latestReview(study, team), yearCosts);
    }

    /** The costs each team has entered for each of the study's years. */
    private Map<UUID, Map<Integer, TeamCosts.Costs>> enteredCosts(List<IpsTeamSummary> teams, List<Period> years) {
        Map<UUID, Map<Integer, TeamCosts.Costs>> entered = new HashMap<>();
        for (IpsTeamSummary team : teams) {
            Map<Integer, TeamCosts.Costs> ofTeam = new HashMap<>();
            years.forEach(year -> costs.of(team.id(), year.from().getYear())
                    .ifPresent(cost -> ofTeam.put(cost.year(), cost)));
            entered.put(team.id(), ofTeam);
        }
        return entered;
    }

    /** Each year in which some of the area's teams entered costs: theirs together, over their clients together. */
    private AreaCosts areaCosts(OutsideFigures.Decided decided, WelfareArea area, List<IpsTeamSummary> teams,
            List<Period> years, Map<UUID, Map<Integer, TeamCosts.Costs>> entered) {
        List<CostFigure> figures = new ArrayList<>();
        for (Period year : years) {
            int y = year.from().getYear();
            List<IpsTeamSummary> withCosts = teams.stream()
                    .filter(team -> team.areaId() == area.id() && entered.get(team.id()).containsKey(y)).toList();
            if (!withCosts.isEmpty()) {
                figures.add(costFigure(added(y, withCosts.stream().map(team -> entered.get(team.id()).get(y)).toList()),
                        outside.ofTeams(decided, withCosts, year)));
            }
        }
        return new AreaCosts(area.code(), figures);
    }

    /**
     * The area's costs as one team's: the amounts added up; the alternative cost's unit costs and months in work
     * are the teams' means (each team states its own assumptions, so the area's estimate is their average).
     */
    private static TeamCosts.Costs added(int year, List<TeamCosts.Costs> entered) {
        BigDecimal n = BigDecimal.valueOf(entered.size());
        return new TeamCosts.Costs(year, sum(entered, TeamCosts.Costs::staffFte), sum(entered, TeamCosts.Costs::salaries),
                sum(entered, TeamCosts.Costs::premises), sum(entered, TeamCosts.Costs::travel),
                sum(entered, TeamCosts.Costs::training), sum(entered, TeamCosts.Costs::other),
                sum(entered, TeamCosts.Costs::benefitPerMonth).divide(n, 2, RoundingMode.HALF_UP),
                sum(entered, TeamCosts.Costs::carePerMonth).divide(n, 2, RoundingMode.HALF_UP),
                sum(entered, TeamCosts.Costs::monthsInWork).divide(n, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<TeamCosts.Costs> costs, Function<TeamCosts.Costs, BigDecimal> of) {
        return costs.stream().map(of).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Figures leave the team: a cost per client served or per job start, or an estimate over the workers, with the
     * total would reveal the count it is made of, so each is hidden with that count.
     */
    static CostFigure costFigure(TeamCosts.Costs cost, OutsideFigures.Cell cell) {
        Figures figures = Figures.of(cost, cell.outcome());
        return new CostFigure(cost.year(), figures.total(),
                shown(cell, "served", figures.perClientServed()),
                shown(cell, "job_starts", figures.perJobStart()),
                shown(cell, "worked", figures.alternativeCost()));
    }

    private static Object shown(OutsideFigures.Cell cell, String count, BigDecimal value) {
        return cell.hidden().contains(count) ? SmallCells.SUPPRESSED : value;
    }

    private Optional<FidelityFigure> latestReview(Study study, IpsTeamSummary team) {
        return fidelity.ofTeam(team.id()).stream()
                .filter(Review::published)
                .filter(review -> !review.from().isAfter(study.to()) && !review.to().isBefore(study.from()))
                .max(Comparator.comparing(Review::to))
                .map(review -> {
                    FidelityReviews.Band band = fidelity.scale(review.scaleId()).band(review.total()).orElse(null);
                    return new FidelityFigure(review.reviewedOn(), review.total(), band == null ? null : band.code(),
                            band == null ? Map.of() : band.labels());
                });
    }
}

package fi.placera.reporting;

import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The figures of reports that leave the team (outcome reports, the evaluator's study view), hidden so that no hidden count can be worked out from other reports
 * by differences (decision 0036). Every cell is decided within its welfare area and calendar year, the same
 * whichever report shows it:
 * <ul>
 * <li>each report hides its own small cells ({@link OutcomeFields#hidden});</li>
 * <li>a count that adds up over periods is hidden in a half-year or year when it is hidden in a part of it, so a
 * year minus its shown quarters reveals nothing ({@code eligible_at_6_months} of a year is the first half-year's
 * {@code enrolled}, and is hidden with it);</li>
 * <li>the area's figure is the sum of its teams': when exactly one of them is hidden, the same figure of the next
 * smallest team (fewest clients served, then by code) is hidden too, or, with no other team, the area's. Always the
 * same next team, so that its hidden figures cover the small team's and no mix of figures reveals either;</li>
 * <li>the country's figure is hidden when an area's is.</li>
 * </ul>
 * An area's year is one read of {@link Outcomes#ofEach} (the area and each of its teams, the year's seven periods),
 * the country's year one read of the country, every area and every team, which decides every area's year as well
 * (decision 0089); a {@link Decided} keeps what one request has read, so that a trend reads each year once.
 */
@Component
public class OutsideFigures {

    private static final List<String> ADDED_OVER_TEAMS = Stream.concat(OutcomeFields.COUNTS.stream(),
            Stream.of(OutcomeFields.CONTACTS_PER_COACH_WEEK)).toList();

    private final Outcomes outcomes;
    private final Organisation organisation;

    OutsideFigures(Outcomes outcomes, Organisation organisation) {
        this.outcomes = outcomes;
        this.organisation = organisation;
    }

    /** A report's figures and the names of those hidden. */
    public record Cell(Outcome outcome, Set<String> hidden) {

        public Map<String, Object> fields() {
            return OutcomeFields.shown(outcome, hidden);
        }
    }

    /** An area's cells over a calendar year, each list in the order of {@link CalendarPeriods#ofYear}. */
    private record AreaYear(List<Cell> area, Map<UUID, List<Cell>> teams) {
    }

    /** Cells already decided in one request, so that a trend decides each area and year once. */
    public static final class Decided {

        private final Map<List<Integer>, AreaYear> areas = new LinkedHashMap<>();
        private final Map<Integer, List<Cell>> national = new LinkedHashMap<>();
    }

    public Decided decided() {
        return new Decided();
    }

    public Cell ofTeam(Decided decided, IpsTeamSummary team, Period period) {
        return areaYear(decided, team.areaId(), period.from().getYear()).teams().get(team.id())
                .get(CalendarPeriods.indexOf(period));
    }

    public Cell ofArea(Decided decided, short areaId, Period period) {
        return areaYear(decided, areaId, period.from().getYear()).area().get(CalendarPeriods.indexOf(period));
    }

    public Cell national(Decided decided, Period period) {
        return decided.national.computeIfAbsent(period.from().getYear(), year -> nationalYear(decided, year))
                .get(CalendarPeriods.indexOf(period));
    }

    /**
     * Teams taken together across areas (a collaboration model, a study's teams): hidden wherever one of the teams
     * is, since the line is their sum.
     */
    public Cell ofTeams(Decided decided, Collection<IpsTeamSummary> teams, Period period) {
        List<Period> year = CalendarPeriods.ofYear(period.from().getYear());
        List<Outcome> together = outcomes.of(Scope.teams(teams.stream().map(IpsTeamSummary::id).toList()), year);
        List<Set<String>> parts = new ArrayList<>();
        for (int p = 0; p < year.size(); p++) {
            Set<String> forced = new HashSet<>();
            for (IpsTeamSummary team : teams) {
                forced.addAll(areaYear(decided, team.areaId(), year.get(p).from().getYear()).teams().get(team.id())
                        .get(p).hidden());
            }
            parts.add(forced);
        }
        return decide(together, parts).get(CalendarPeriods.indexOf(period));
    }

    private AreaYear areaYear(Decided decided, short areaId, int year) {
        return decided.areas.computeIfAbsent(List.of((int) areaId, year), key -> {
            List<IpsTeamSummary> teams = teamsIn(areaId);
            List<Period> periods = CalendarPeriods.ofYear(year);
            return areaYear(areaId, teams, outcomes.ofEach(scopesOf(areaId, teams), periods), periods);
        });
    }

    /** The area's teams in the order the complementary rule takes them when served ties. */
    private List<IpsTeamSummary> teamsIn(short areaId) {
        return organisation.ipsTeamsIn(areaId).stream().sorted(Comparator.comparing(IpsTeamSummary::code)).toList();
    }

    private static List<Scope> scopesOf(short areaId, List<IpsTeamSummary> teams) {
        return Stream.concat(Stream.of(Scope.area(areaId)), teams.stream().map(team -> Scope.team(team.id()))).toList();
    }

    /** The area's and its teams' cells, from a read ({@code read}) that holds the area and each team. */
    private static AreaYear areaYear(short areaId, List<IpsTeamSummary> teams, Map<Scope, List<Outcome>> read,
            List<Period> periods) {
        List<Outcome> area = read.get(Scope.area(areaId));
        List<Cell> areaCells = new ArrayList<>();
        Map<UUID, List<Cell>> teamCells = new LinkedHashMap<>();
        teams.forEach(team -> teamCells.put(team.id(), new ArrayList<>()));
        for (int p = 0; p < periods.size(); p++) {
            Cell areaCell = cell(area, areaCells, p, Set.of());
            Map<UUID, Cell> cells = new LinkedHashMap<>();
            for (IpsTeamSummary team : teams) {
                cells.put(team.id(), cell(read.get(Scope.team(team.id())), teamCells.get(team.id()), p, Set.of()));
            }
            areaCell = complement(areaCell, cells);
            areaCells.add(areaCell);
            cells.forEach((team, cell) -> teamCells.get(team).add(cell));
        }
        return new AreaYear(areaCells, teamCells);
    }

    /** The country, every area and every team of the year in one read; each area decided as on its own. */
    private List<Cell> nationalYear(Decided decided, int year) {
        List<Period> periods = CalendarPeriods.ofYear(year);
        Map<Short, List<IpsTeamSummary>> teams = new LinkedHashMap<>();
        organisation.areas().forEach(area -> teams.put(area.id(), teamsIn(area.id())));
        List<Scope> scopes = new ArrayList<>(List.of(Scope.national()));
        teams.forEach((area, its) -> scopes.addAll(scopesOf(area, its)));
        Map<Scope, List<Outcome>> read = outcomes.ofEach(scopes, periods);
        List<Set<String>> forced = new ArrayList<>();
        periods.forEach(period -> forced.add(new HashSet<>()));
        teams.forEach((area, its) -> {
            AreaYear areaYear = decided.areas.computeIfAbsent(List.of((int) area, year),
                    key -> areaYear(area, its, read, periods));
            for (int p = 0; p < periods.size(); p++) {
                forced.get(p).addAll(areaYear.area().get(p).hidden());
            }
        });
        return decide(read.get(Scope.national()), forced);
    }

    /** A year's cells of a sum of other cells: hidden where a part is, and over periods as in a year. */
    private static List<Cell> decide(List<Outcome> year, List<Set<String>> forcedByParts) {
        List<Cell> cells = new ArrayList<>();
        for (int p = 0; p < year.size(); p++) {
            Set<String> forced = new HashSet<>(forcedByParts.get(p));
            forced.retainAll(ADDED_OVER_TEAMS);
            cells.add(cell(year, cells, p, forced));
        }
        return cells;
    }

    /** The cell of period p, hidden with what its earlier periods (its parts) force. */
    private static Cell cell(List<Outcome> year, List<Cell> earlier, int p, Set<String> forced) {
        Set<String> hidden = new HashSet<>(forced);
        for (int part : CalendarPeriods.partsOf(p)) {
            earlier.get(part).hidden().stream().filter(OutcomeFields.ADD_UP_OVER_PERIODS::contains).forEach(hidden::add);
        }
        if (p == CalendarPeriods.YEAR && earlier.get(CalendarPeriods.FIRST_HALF).hidden().contains("enrolled")) {
            hidden.add("eligible_at_6_months");
        }
        return new Cell(year.get(p), OutcomeFields.hidden(year.get(p), hidden));
    }

    /**
     * The area and its teams in one period: for each count, never exactly one of them hidden (an area without
     * teams has no sum to protect). Hiding one can hide
     * others of the same report (a rate, a part whose rest is small), so this repeats until nothing changes.
     */
    private static Cell complement(Cell area, Map<UUID, Cell> teams) {
        Cell areaCell = area;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String field : ADDED_OVER_TEAMS) {
                List<UUID> hidden = teams.keySet().stream().filter(team -> teams.get(team).hidden().contains(field))
                        .toList();
                int hiddenCells = hidden.size() + (areaCell.hidden().contains(field) ? 1 : 0);
                if (teams.isEmpty() || hiddenCells != 1) {
                    continue;
                }
                Optional<UUID> next = teams.keySet().stream().filter(team -> !teams.get(team).hidden().contains(field))
                        .min(Comparator.comparingInt(team -> teams.get(team).outcome().served()));
                if (next.isPresent()) {
                    teams.put(next.get(), hide(teams.get(next.get()), field));
                } else {
                    areaCell = hide(areaCell, field);
                }
                changed = true;
            }
        }
        return areaCell;
    }

    private static Cell hide(Cell cell, String field) {
        Set<String> hidden = new HashSet<>(cell.hidden());
        hidden.add(field);
        return new Cell(cell.outcome(), OutcomeFields.hidden(cell.outcome(), hidden));
    }
}

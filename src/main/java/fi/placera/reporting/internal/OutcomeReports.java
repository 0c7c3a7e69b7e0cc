package fi.placera.reporting.internal;

import fi.placera.identity.CallingSystem;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.SystemReads;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.NotFound;
import fi.placera.platform.Rejection;
import fi.placera.reporting.CalendarPeriods;
import fi.placera.reporting.OutcomeFields;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.OutsideFigures;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see which outcome report, and how: a team's coaches and leader see their team's report in full;
 * a manager sees their welfare area and its teams, an evaluator every area and team and the whole country —
 * reports that leave the team, so for calendar periods only and with small cells and the cells that would reveal
 * them suppressed ({@link OutsideFigures}). Anything else is not found.
 */
@Component
public class OutcomeReports {

    /** Quarters a trend chart shows, ending with the quarter of the period's last day. */
    public static final int TREND_QUARTERS = 8;

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    private final Outcomes outcomes;
    private final Organisation organisation;
    private final OutsideFigures outside;
    private final SystemReads systemReads;

    OutcomeReports(Outcomes outcomes, Organisation organisation, OutsideFigures outside, SystemReads systemReads) {
        this.systemReads = systemReads;
        this.outcomes = outcomes;
        this.organisation = organisation;
        this.outside = outside;
    }

    /**
     * Whose report, by the codes the API and the page use; both null = the whole country (no name either). A report
     * that leaves the team is {@code suppressed}; {@code team} is the team of a team's report.
     */
    public record Subject(String teamCode, String areaCode, String nameFi, String nameSv, Scope scope,
            boolean suppressed, IpsTeamSummary team) {

        public String name(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
        }
    }

    /** The report's fields by contract name, suppressed when the report leaves the team. */
    public record Report(Subject subject, LocalDate from, LocalDate to, Map<String, Object> fields) {

        /** Whose report and which period, then the fields by their contract names: what the API answers. */
        public Map<String, Object> withSubject() {
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("team", subject.teamCode());
            rows.put("area", subject.areaCode());
            rows.put("from", from);
            rows.put("to", to);
            rows.put("suppressed", subject.suppressed());
            rows.putAll(fields);
            return rows;
        }
    }

    /** A report and the quarters of its trend, up to the quarter of the report's last day. */
    public record ReportWithTrend(Report report, List<Quarter> trend) {
    }

    /** One quarter of a trend, its figures suppressed like the report's. */
    public record Quarter(int year, int quarter, Map<String, Object> fields) {

        public LocalDate firstDay() {
            return LocalDate.of(year, 3 * quarter - 2, 1);
        }

        public LocalDate lastDay() {
            return firstDay().plusMonths(3).minusDays(1);
        }

        /**
         * Whether something happened in the quarter that the report shows: a client enrolled, a job started or an
         * employer contact made. Clients merely served (their service goes on) do not make a quarter worth opening: a
         * new quarter has them from its first day. A hidden count ({@code <5}) shows nothing, so a report that leaves
         * the team never opens on a quarter whose events are all hidden.
         */
        public boolean hasData() {
            return Stream.of("enrolled", "job_starts", OutcomeFields.CONTACTS_PER_COACH_WEEK).map(fields::get)
                    .anyMatch(value -> value instanceof Number number && new BigDecimal(number.toString()).signum() > 0);
        }
    }

    /**
     * The report of a period; outside the team only a calendar quarter, half-year or year (else refused), its cells
     * hidden as {@link OutsideFigures} decides.
     */
    public Report report(PlaceraUser user, String teamCode, String areaCode, LocalDate from, LocalDate to) {
        return withQuarters(user, teamCode, areaCode, from, to, List.of()).report();
    }

    /**
     * The report of a period and its trend (the page and the quarterly PDF), read together: the figures of the period
     * and of the trend's quarters are one read of the kept figures, and a report that leaves the team decides each of
     * its areas and years once for both.
     */
    public ReportWithTrend reportWithTrend(PlaceraUser user, String teamCode, String areaCode, LocalDate from,
            LocalDate to) {
        // without a last day there is no trend; the period itself is then refused, as the report refuses it
        return withQuarters(user, teamCode, areaCode, from, to, to == null ? List.of() : trendQuarters(to));
    }

    /** The report of a period and of the given quarters, as its reader may see them. */
    private ReportWithTrend withQuarters(PlaceraUser user, String teamCode, String areaCode, LocalDate from,
            LocalDate to, List<Period> quarters) {
        Subject subject = subject(user, teamCode, areaCode);
        Period period = new Period(from, to);
        if (!subject.suppressed()) {
            List<Outcome> read = outcomes.of(subject.scope(),
                    Stream.concat(Stream.of(period), quarters.stream()).toList());
            return new ReportWithTrend(new Report(subject, from, to, OutcomeFields.of(read.get(0))),
                    quarters(read.subList(1, read.size())));
        }
        checkOutside(user, period);
        OutsideFigures.Decided decided = outside.decided();
        return new ReportWithTrend(new Report(subject, from, to, outsideCell(decided, subject, period).fields()),
                outsideTrend(decided, subject, quarters));
    }

    /**
     * The report of a period for a system of an area (decision 0077): its own area or one of the area's teams, as the
     * area's managers see them (small cells hidden, a calendar period only); each read in the access log.
     */
    public Report report(CallingSystem system, String teamCode, String areaCode, LocalDate from, LocalDate to) {
        Subject subject = systemSubject(system, teamCode, areaCode);
        Period period = new Period(from, to);
        CalendarPeriods.check(period);
        systemReads.read(system, InformationKind.SERVICE_RECORD, "outcome report for a system");
        return new Report(subject, from, to, outsideCell(outside.decided(), subject, period).fields());
    }

    /** The system's own area, or a team of it; anything else is not found. */
    private Subject systemSubject(CallingSystem system, String teamCode, String areaCode) {
        if (!blank(teamCode)) {
            return organisation.ipsTeamByCode(teamCode).filter(team -> team.areaId() == system.areaId())
                    .map(team -> ofTeam(team, true)).orElseThrow(OutcomeReports::notFound);
        }
        return organisation.area(system.areaId()).filter(area -> blank(areaCode) || area.code().equals(areaCode))
                .map(OutcomeReports::ofArea).orElseThrow(OutcomeReports::notFound);
    }

    /** The quarters up to the one the day falls in, oldest first. */
    private List<Quarter> trend(Subject subject, LocalDate lastDay) {
        List<Period> quarters = trendQuarters(lastDay);
        return subject.suppressed() ? outsideTrend(outside.decided(), subject, quarters)
                : quarters(outcomes.of(subject.scope(), quarters));
    }

    private static List<Period> trendQuarters(LocalDate lastDay) {
        LocalDate first = lastDay.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3L * (TREND_QUARTERS - 1));
        return IntStream.range(0, TREND_QUARTERS).mapToObj(i -> first.plusMonths(3L * i))
                .map(start -> new Period(start, start.plusMonths(3).minusDays(1))).toList();
    }

    private static List<Quarter> quarters(List<Outcome> outcomes) {
        return outcomes.stream().map(outcome -> quarter(outcome.from(), OutcomeFields.of(outcome))).toList();
    }

    private List<Quarter> outsideTrend(OutsideFigures.Decided decided, Subject subject, List<Period> quarters) {
        return quarters.stream().map(quarter -> quarter(quarter.from(), outsideCell(decided, subject, quarter).fields()))
                .toList();
    }

    /**
     * The latest quarter, up to the one the day falls in, that has data ({@link Quarter#hasData}); empty when none of
     * the trend's quarters has.
     */
    public Optional<Quarter> latestWithData(Subject subject, LocalDate today) {
        List<Quarter> quarters = trend(subject, today);
        return IntStream.iterate(quarters.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(quarters::get)
                .filter(Quarter::hasData).findFirst();
    }

    /** A free period asked for outside the team could difference two reports into a day: refused, and logged. */
    private static void checkOutside(PlaceraUser user, Period period) {
        try {
            CalendarPeriods.check(period);
        } catch (Rejection refused) {
            SECURITY.atWarn().addKeyValue("event", "report_period_refused").addKeyValue("account", user.accountId())
                    .log("security event report_period_refused");
            throw refused;
        }
    }

    private static Quarter quarter(LocalDate from, Map<String, Object> fields) {
        return new Quarter(from.getYear(), from.get(IsoFields.QUARTER_OF_YEAR), fields);
    }

    private OutsideFigures.Cell outsideCell(OutsideFigures.Decided decided, Subject subject, Period period) {
        if (subject.team() != null) {
            return outside.ofTeam(decided, subject.team(), period);
        }
        return subject.scope().isNational() ? outside.national(decided, period)
                : outside.ofArea(decided, subject.scope().areaId(), period);
    }

    /** The subjects the user may choose between on the report page, their own team or area first. */
    public List<Subject> choices(PlaceraUser user) {
        List<Subject> choices = new ArrayList<>();
        if (user.staffMemberId() != null && (user.has(Role.COACH) || user.has(Role.TEAM_LEADER))) {
            organisation.ipsTeamsOf(user.staffMemberId()).forEach(team -> choices.add(ofTeam(team, false)));
        }
        if (user.has(Role.MANAGER) && user.areaId() != null) {
            organisation.area(user.areaId()).ifPresent(area -> choices.add(ofArea(area)));
            organisation.ipsTeamsIn(user.areaId()).forEach(team -> choices.add(ofTeam(team, true)));
        }
        if (user.has(Role.EVALUATOR)) {
            choices.add(new Subject(null, null, null, null, Scope.national(), true, null));
            organisation.areas().forEach(area -> choices.add(ofArea(area)));
        }
        return choices;
    }

    /** The subject asked for if the user may see it, else not found; no codes = the user's first choice. */
    public Subject subject(PlaceraUser user, String teamCode, String areaCode) {
        if (blank(teamCode) && blank(areaCode)) {
            return choices(user).stream().findFirst().orElseThrow(OutcomeReports::notFound);
        }
        if (!blank(teamCode)) {
            IpsTeamSummary team = organisation.ipsTeamByCode(teamCode).orElseThrow(OutcomeReports::notFound);
            return teamSubject(user, team).orElseThrow(OutcomeReports::notFound);
        }
        WelfareArea area = organisation.areas().stream().filter(a -> a.code().equals(areaCode)).findFirst()
                .orElseThrow(OutcomeReports::notFound);
        boolean allowed = user.has(Role.EVALUATOR)
                || user.has(Role.MANAGER) && area.id().equals(user.areaId());
        if (!allowed) {
            throw notFound();
        }
        return ofArea(area);
    }

    private Optional<Subject> teamSubject(PlaceraUser user, IpsTeamSummary team) {
        boolean member = user.staffMemberId() != null && (user.has(Role.COACH) || user.has(Role.TEAM_LEADER))
                && organisation.ipsTeamsOf(user.staffMemberId()).stream().anyMatch(t -> t.id().equals(team.id()));
        if (member) {
            return Optional.of(ofTeam(team, false));
        }
        boolean outside = user.has(Role.EVALUATOR)
                || user.has(Role.MANAGER) && user.areaId() != null && user.areaId() == team.areaId();
        return outside ? Optional.of(ofTeam(team, true)) : Optional.empty();
    }

    private static Subject ofTeam(IpsTeamSummary team, boolean suppressed) {
        return new Subject(team.code(), null, team.name(), team.name(), Scope.team(team.id()), suppressed, team);
    }

    private static Subject ofArea(WelfareArea area) {
        return new Subject(null, area.code(), area.nameFi(), area.nameSv(), Scope.area(area.id()), true, null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}

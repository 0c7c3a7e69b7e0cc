package fi.placera.reporting.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.reporting.OutcomeFields;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see which outcome report, and how: a team's coaches and leader see their team's report in full;
 * a manager sees their welfare area and its teams, an evaluator every area and team and the whole country —
 * reports that leave the team, so with small cells suppressed. Anything else is not found.
 */
@Component
public class OutcomeReports {

    /** Quarters a trend chart shows, ending with the quarter of the period's last day. */
    public static final int TREND_QUARTERS = 8;

    private final Outcomes outcomes;
    private final Organisation organisation;

    OutcomeReports(Outcomes outcomes, Organisation organisation) {
        this.outcomes = outcomes;
        this.organisation = organisation;
    }

    /** Whose report, by the codes the API and the page use; both null = the whole country (no name either). */
    public record Subject(String teamCode, String areaCode, String nameFi, String nameSv, Scope scope,
            boolean suppressed) {

        public String name(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
        }
    }

    /** The report's fields by contract name, suppressed when the report leaves the team. */
    public record Report(Subject subject, LocalDate from, LocalDate to, Map<String, Object> fields) {

        /** Whose report and which period, then the fields: what the API answers and the downloads list. */
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

    /** One quarter of a trend, its figures suppressed like the report's. */
    public record Quarter(int year, int quarter, Map<String, Object> fields) {
    }

    public Report report(PlaceraUser user, String teamCode, String areaCode, LocalDate from, LocalDate to) {
        Subject subject = subject(user, teamCode, areaCode);
        return new Report(subject, from, to, fields(subject, outcomes.of(subject.scope(), from, to)));
    }

    /** The quarters up to the one the day falls in, oldest first. */
    public List<Quarter> trend(Subject subject, LocalDate lastDay) {
        LocalDate first = lastDay.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3L * (TREND_QUARTERS - 1));
        List<Period> quarters = IntStream.range(0, TREND_QUARTERS).mapToObj(i -> first.plusMonths(3L * i))
                .map(start -> new Period(start, start.plusMonths(3).minusDays(1))).toList();
        return outcomes.of(subject.scope(), quarters).stream()
                .map(outcome -> new Quarter(outcome.from().getYear(), outcome.from().get(IsoFields.QUARTER_OF_YEAR),
                        fields(subject, outcome)))
                .toList();
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
            choices.add(new Subject(null, null, null, null, Scope.national(), true));
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
        return new Subject(team.code(), null, team.name(), team.name(), Scope.team(team.id()), suppressed);
    }

    private static Subject ofArea(WelfareArea area) {
        return new Subject(null, area.code(), area.nameFi(), area.nameSv(), Scope.area(area.id()), true);
    }

    private static Map<String, Object> fields(Subject subject, Outcome outcome) {
        return subject.suppressed() ? OutcomeFields.suppressed(outcome) : OutcomeFields.of(outcome);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

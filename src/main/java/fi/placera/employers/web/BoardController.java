package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;

import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.EmployerContacts.WeeklyCount;
import fi.placera.employers.Employers;
import fi.placera.employers.TeamWeek;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.platform.IpsModel;
import fi.placera.platform.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The team's job-development board: who knows which employers, the newest contacts, and the team's contacts this
 * week against the team's target. Coaches are not ranked in front of each other (issue 21 §5): the team sees the
 * team's total, a coach their own week, and the team leader each coach's week on the supervision view only.
 */
@Controller
class BoardController {

    /** How far back the board looks: the area's newest contacts, of which the team's are shown. */
    private static final int RECENT = 200;

    private final EmployerContacts contacts;
    private final Employers employers;
    private final Organisation organisation;
    private final Clock clock;

    BoardController(EmployerContacts contacts, Employers employers, Organisation organisation, Clock clock) {
        this.contacts = contacts;
        this.employers = employers;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A coach of the team and the employers they have met lately: who knows whom, not how many. */
    record CoachRow(String name, List<String> employers) {
    }

    /** One of the user's teams and its week. */
    record TeamRow(IpsTeamSummary team, TeamWeek week) {
    }

    /** A coach's own week on the supervision view. */
    record CoachWeek(String name, WeeklyCount week) {
    }

    @GetMapping("/employers/board")
    String board(@AuthenticationPrincipal PlaceraUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<IpsTeamSummary> teams = organisation.ipsTeamsOf(user.staffMemberId());
        List<TeamCoach> coaches = coachesOf(teams);
        Map<UUID, String> names = coaches.stream()
                .collect(Collectors.toMap(TeamCoach::staffMemberId, TeamCoach::fullName, (a, b) -> a));
        List<Contact> recent = contacts.recent(area(user), RECENT).stream()
                .filter(contact -> names.containsKey(contact.coachStaffId())).toList();
        Map<UUID, List<String>> employersBy = recent.stream().collect(Collectors.groupingBy(Contact::coachStaffId,
                Collectors.mapping(Contact::employerName, Collectors.collectingAndThen(Collectors.toCollection(
                        TreeSet::new), List::copyOf))));
        model.addAttribute("coaches", coaches.stream().map(coach -> new CoachRow(coach.fullName(),
                employersBy.getOrDefault(coach.staffMemberId(), List.of()))).toList());
        model.addAttribute("teamWeeks", teams.stream().map(team -> new TeamRow(team, teamWeek(team, today))).toList());
        Optional<TeamCoach> self = coaches.stream().filter(coach -> coach.staffMemberId().equals(user.staffMemberId()))
                .findFirst();
        model.addAttribute("own", self.map(coach -> contacts.weeklyCount(coach.staffMemberId(), today)).orElse(null));
        model.addAttribute("ownTarget", self.map(coach -> TeamWeek.target(List.of(coach.fte()))).orElse(null));
        model.addAttribute("supervises", user.has(Role.TEAM_LEADER) && !teams.isEmpty());
        model.addAttribute("recent", recent);
        model.addAttribute("leads", employers.openLeads(area(user)));
        model.addAttribute("coachNames", names);
        model.addAttribute("target", IpsModel.WEEKLY_FACE_TO_FACE_CONTACTS);
        return "employers/board";
    }

    /** The team leader's supervision view: each coach's week, in name order, for the teams they lead. */
    @GetMapping("/employers/board/supervision")
    String supervision(@AuthenticationPrincipal PlaceraUser user, Model model) {
        List<IpsTeamSummary> teams = organisation.ipsTeamsOf(user.staffMemberId());
        if (!user.has(Role.TEAM_LEADER) || teams.isEmpty()) {
            throw new NotFound();
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("teamWeeks", teams.stream().map(team -> new TeamRow(team, teamWeek(team, today))).toList());
        model.addAttribute("coachWeeks", teams.stream()
                .flatMap(team -> organisation.membersOf(team.id(), TeamRole.COACH).stream()).distinct()
                .sorted(Comparator.comparing(TeamCoach::fullName))
                .map(coach -> new CoachWeek(coach.fullName(), contacts.weeklyCount(coach.staffMemberId(), today)))
                .toList());
        model.addAttribute("target", IpsModel.WEEKLY_FACE_TO_FACE_CONTACTS);
        return "employers/supervision";
    }

    /** The coaches' week: the team leader leads and is not counted against a coach's target. */
    private TeamWeek teamWeek(IpsTeamSummary team, LocalDate today) {
        List<TeamCoach> coaches = organisation.membersOf(team.id(), TeamRole.COACH);
        return TeamWeek.of(coaches.stream().map(coach -> contacts.weeklyCount(coach.staffMemberId(), today)).toList(),
                coaches.stream().map(TeamCoach::fte).toList());
    }

    private List<TeamCoach> coachesOf(List<IpsTeamSummary> teams) {
        return teams.stream().flatMap(team -> organisation.coachesOf(team.id()).stream()).distinct()
                .sorted(Comparator.comparing(TeamCoach::fullName)).toList();
    }
}

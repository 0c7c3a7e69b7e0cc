package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;

import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.EmployerContacts.WeeklyCount;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The team's job-development board: who knows which employers, the newest contacts and each coach's
 * contacts this week against the target. Coaches are listed by name, never ranked by their numbers.
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

    /** A coach of the team with this week's count and the employers they have met lately. */
    record CoachRow(String name, WeeklyCount week, List<String> employers) {
    }

    @GetMapping("/employers/board")
    String board(@AuthenticationPrincipal PlaceraUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<TeamCoach> coaches = organisation.membershipsOf(user.staffMemberId()).ipsTeams().stream()
                .flatMap(team -> organisation.coachesOf(team).stream()).distinct()
                .sorted(Comparator.comparing(TeamCoach::fullName)).toList();
        Map<UUID, String> names = coaches.stream()
                .collect(Collectors.toMap(TeamCoach::staffMemberId, TeamCoach::fullName, (a, b) -> a));
        List<Contact> recent = contacts.recent(area(user), RECENT).stream()
                .filter(contact -> names.containsKey(contact.coachStaffId())).toList();
        Map<UUID, List<String>> employersBy = recent.stream().collect(Collectors.groupingBy(Contact::coachStaffId,
                Collectors.mapping(Contact::employerName, Collectors.collectingAndThen(Collectors.toCollection(
                        TreeSet::new), List::copyOf))));
        model.addAttribute("coaches", coaches.stream().map(coach -> new CoachRow(coach.fullName(),
                contacts.weeklyCount(coach.staffMemberId(), today),
                employersBy.getOrDefault(coach.staffMemberId(), List.of()))).toList());
        model.addAttribute("recent", recent);
        model.addAttribute("leads", employers.openLeads(area(user)));
        model.addAttribute("coachNames", names);
        model.addAttribute("target", EmployerContacts.WEEKLY_FACE_TO_FACE_TARGET);
        return "employers/board";
    }
}

package fi.placera.clients.web;

import fi.placera.clients.EmployerContactFacts;
import fi.placera.clients.UrgentTasks;
import fi.placera.clients.WeekAgenda;
import fi.placera.clients.internal.CoachWeek;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.IpsModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My week": urgent tasks first (safety alerts, for the client's coach and the team leader), then the coach's
 * caseload, what is due this week, the appointments of the coming days by day, and the employer-contact target.
 */
@Controller
class WeekController {

    /** The agenda shows today and the days after it, so that next week's meetings can be planned from any day. */
    static final int AGENDA_DAYS = 14;

    private final ClientRegistry registry;
    private final CoachWeek week;
    private final EmployerContactFacts employerContacts;
    private final List<UrgentTasks> urgentTasks;
    private final List<WeekAgenda> agendas;
    private final Clock clock;

    WeekController(ClientRegistry registry, CoachWeek week, EmployerContactFacts employerContacts,
            List<UrgentTasks> urgentTasks, List<WeekAgenda> agendas, Clock clock) {
        this.registry = registry;
        this.week = week;
        this.employerContacts = employerContacts;
        this.urgentTasks = urgentTasks;
        this.agendas = agendas;
        this.clock = clock;
    }

    @GetMapping("/week")
    String week(@AuthenticationPrincipal PlaceraUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("week", week.of(registry.ownCaseload(user), today, user.staffMemberId()));
        model.addAttribute("today", today);
        model.addAttribute("urgent", urgentTasks.stream().flatMap(source -> source.openFor(user).stream())
                .sorted(Comparator.comparing(UrgentTasks.Urgent::since)).toList());
        model.addAttribute("agenda", agendas.stream()
                .flatMap(source -> source.of(user, today, today.plusDays(AGENDA_DAYS - 1)).stream())
                .collect(Collectors.groupingBy(WeekAgenda.Appointment::day, TreeMap::new, Collectors.toList())));
        model.addAttribute("contactTarget", IpsModel.WEEKLY_FACE_TO_FACE_CONTACTS);
        model.addAttribute("firstContactDays", IpsModel.FIRST_EMPLOYER_CONTACT_DAYS);
        if (user.staffMemberId() != null) {
            model.addAttribute("employerContacts", employerContacts.weekOf(user.staffMemberId(), today));
        }
        return "clients/week";
    }
}

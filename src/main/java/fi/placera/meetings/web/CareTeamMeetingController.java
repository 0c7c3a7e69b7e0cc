package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.CareTeamMeetings;
import fi.placera.meetings.CareTeamMeetings.AgendaItem;
import fi.placera.meetings.CareTeamMeetings.Meeting;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.platform.NotFound;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The care team's side of its weekly meeting with the IPS coach (issue 27 §1, decision 0083): a care-team member sees
 * the meetings of their own care teams, with the patients discussed whose service record is shared with the care team
 * (each a logged read), and adds items to the next meeting's agenda. Care-team members only (the URL rules); the
 * coach's own page stays at {@code /meetings}.
 */
@Controller
class CareTeamMeetingController {

    /** The purpose of reading a discussed patient's name here, in the client's "who read my data". */
    static final String PURPOSE = "care-team meeting";

    private final CareTeamMeetings meetings;
    private final ClientDirectory clients;
    private final Organisation organisation;
    private final Clock clock;

    CareTeamMeetingController(CareTeamMeetings meetings, ClientDirectory clients, Organisation organisation,
            Clock clock) {
        this.meetings = meetings;
        this.clients = clients;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** An agenda item as typed. */
    record AgendaInput(String key, String careTeamId, String text) {
    }

    @GetMapping("/meetings/care-team")
    String page(@AuthenticationPrincipal PlaceraUser user, Model model) {
        return render(user, model, new AgendaInput(UUID.randomUUID().toString(), "", ""),
                new MapBindingResult(new HashMap<>(), "agenda"));
    }

    @PostMapping("/meetings/care-team/agenda")
    String add(@AuthenticationPrincipal PlaceraUser user, AgendaInput input, Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "agenda");
        UUID careTeam = uuid(input.careTeamId());
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        if (!Forms.saved(errors, () -> meetings.addAgendaItem(new AgendaItem(key, area(user),
                own(user, careTeam), input.text(), user.accountId(), clock.instant())))) {
            return render(user, model, input, errors);
        }
        return Forms.redirectSaved("/meetings/care-team");
    }

    /** One of the member's own care teams; any other (or none, or a malformed id) is refused on the field. */
    private UUID own(PlaceraUser user, UUID careTeam) {
        if (careTeam == null || !organisation.membershipsOf(user.staffMemberId()).careTeams().contains(careTeam)) {
            throw new Rejection("careTeamId", "meetings.agenda.care-team");
        }
        return careTeam;
    }

    private String render(PlaceraUser user, Model model, AgendaInput input, BindingResult errors) {
        Set<UUID> own = organisation.membershipsOf(user.staffMemberId()).careTeams();
        List<CareTeamSummary> careTeams = organisation.careTeamsOf(area(user)).stream()
                .filter(careTeam -> own.contains(careTeam.id())).toList();
        List<Meeting> held = meetings.ofCareTeams(own);
        model.addAttribute("careTeams", careTeams);
        model.addAttribute("careTeamNames", careTeams.stream()
                .collect(Collectors.toMap(CareTeamSummary::id, CareTeamSummary::name)));
        model.addAttribute("meetings", held);
        model.addAttribute("coachNames", coachNames(held));
        model.addAttribute("clientNames", discussed(user, held));
        model.addAttribute("agenda", meetings.openAgenda(own));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "meetings/care-team";
    }

    private Map<UUID, String> coachNames(List<Meeting> held) {
        return held.stream().map(Meeting::coachStaffId).distinct().map(organisation::staffMember)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(StaffMemberSummary::id, coach -> coach.firstName() + " " + coach.lastName()));
    }

    /**
     * The patients discussed whose service record is shared with the member's care team, by id; each one decided
     * and logged. A patient not shared stays out of the page, what was said of them too.
     */
    private Map<UUID, String> discussed(PlaceraUser user, List<Meeting> held) {
        Map<UUID, String> names = new HashMap<>();
        held.stream().flatMap(meeting -> meeting.items().stream()).map(CareTeamMeetings.Item::clientId).distinct()
                .forEach(client -> clients.find(user, client, InformationKind.SERVICE_RECORD, PURPOSE)
                        .ifPresent(shown -> names.put(client, shown.name())));
        return names;
    }

    private static short area(PlaceraUser user) {
        if (user.areaId() == null) {
            throw new NotFound();
        }
        return user.areaId();
    }
}

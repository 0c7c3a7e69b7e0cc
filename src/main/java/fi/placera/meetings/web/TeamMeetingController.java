package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.time;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.TeamMeetings;
import fi.placera.meetings.TeamMeetings.Kind;
import fi.placera.meetings.TeamMeetings.TeamMeeting;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.platform.IpsModel;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.reporting.TeamAgenda;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IPS team's meetings: the weekly meeting with its agenda from the caseloads, group supervision, the
 * steering group and the meetings with employment services and Kela. Only the team's coaches and leader.
 */
@Controller
class TeamMeetingController {

    private static final LocalTime USUAL_START = LocalTime.of(9, 0);

    private final TeamMeetings meetings;
    private final TeamAgenda agenda;
    private final ClientDirectory clients;
    private final Organisation organisation;
    private final Employers employers;
    private final Clock clock;

    TeamMeetingController(TeamMeetings meetings, TeamAgenda agenda, ClientDirectory clients, Organisation organisation,
            Employers employers, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.clients = clients;
        this.organisation = organisation;
        this.employers = employers;
        this.clock = clock;
    }

    @GetMapping("/meetings/team")
    String team(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) UUID team, Model model) {
        IpsTeamSummary shown = teamOf(user, team);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("teams", organisation.ipsTeamsOf(user.staffMemberId()));
        model.addAttribute("team", shown);
        model.addAttribute("today", today);
        model.addAttribute("agenda", agendaOf(user, shown, today));
        model.addAttribute("daysWithoutEmployerContact", IpsModel.DAYS_WITHOUT_EMPLOYER_CONTACT);
        List<TeamMeeting> teamMeetings = meetings.ofTeam(shown.id());
        Map<UUID, String> coaches = coachNames(shown);
        model.addAttribute("meetings", teamMeetings);
        model.addAttribute("attendance", teamMeetings.stream().collect(Collectors.toMap(TeamMeeting::id,
                meeting -> meeting.attendees().stream().map(coaches::get).filter(Objects::nonNull).sorted()
                        .collect(Collectors.joining(", ")))));
        return "meetings/team";
    }

    @GetMapping("/meetings/team/new")
    String newMeeting(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) Kind kind, Model model) {
        IpsTeamSummary shown = teamOf(user, team);
        TeamMeetingInput input = TeamMeetingInput.blank(shown.id(), kind == null ? Kind.TEAM_WEEKLY : kind,
                typed(LocalDate.now(clock)), typed(USUAL_START), typed(USUAL_START.plusHours(1)));
        return form(user, shown, input, new MapBindingResult(new HashMap<>(), "meeting"), model);
    }

    @GetMapping("/meetings/team/{id}")
    String meeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        TeamMeeting meeting = meetings.find(id).orElseThrow(TeamMeetingController::notFound);
        IpsTeamSummary shown = teamOf(user, meeting.ipsTeamId());
        return form(user, shown, TeamMeetingInput.of(meeting), new MapBindingResult(new HashMap<>(), "meeting"), model);
    }

    @PostMapping("/meetings/team")
    String save(@AuthenticationPrincipal PlaceraUser user, TeamMeetingInput input, Model model) {
        IpsTeamSummary shown = teamOf(user, uuid(input.team()));
        BindingResult errors = new MapBindingResult(new HashMap<>(), "meeting");
        Optional<Kind> kind = choice(Kind.class, input.kind(), "kind", errors);
        Optional<LocalDate> day = date(input.heldOn(), "heldOn", errors);
        Optional<LocalTime> starts = time(input.startsAt(), "startsAt", errors);
        Optional<LocalTime> ends = time(input.endsAt(), "endsAt", errors);
        List<TeamMeetings.Action> actions = input.actions(errors);
        if (!Forms.saved(errors, () -> meetings.save(new TeamMeeting(uuid(input.id()), input.versionOr0(),
                input.idempotencyKey(), user.areaId(), shown.id(), kind.get(), day.get(), starts.get(), ends.get(),
                input.attendeeIds(), input.otherParticipants(), input.notes(), input.decisions(), actions,
                input.jobLeadIdSet(), user.accountId())))) {
            return form(user, shown, input, errors, model);
        }
        return "redirect:/meetings/team?saved&team=" + shown.id();
    }

    private String form(PlaceraUser user, IpsTeamSummary team, TeamMeetingInput input, BindingResult errors,
            Model model) {
        model.addAttribute("team", team);
        model.addAttribute("kinds", Arrays.stream(Kind.values())
                .filter(kind -> kind != Kind.STEERING_GROUP || kind.name().equals(input.kind())).toList());
        model.addAttribute("coaches", organisation.coachesOf(team.id()));
        model.addAttribute("leads", employers.openLeads(user.areaId()));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "meetings/team-meeting";
    }

    /** The agenda by topic, each item with the client's name where the reader may see the client. */
    private Map<TeamAgenda.Topic, List<AgendaLine>> agendaOf(PlaceraUser user, IpsTeamSummary team, LocalDate today) {
        List<TeamAgenda.Item> items = agenda.of(team.id(), today);
        Map<UUID, String> visible = clients.namesOf(user, items.stream().map(TeamAgenda.Item::clientId).toList(),
                "team meeting agenda");
        Map<UUID, String> coaches = coachNames(team);
        Map<TeamAgenda.Topic, List<AgendaLine>> byTopic = new LinkedHashMap<>();
        for (TeamAgenda.Topic topic : TeamAgenda.Topic.values()) {
            byTopic.put(topic, new ArrayList<>());
        }
        items.forEach(item -> byTopic.get(item.topic()).add(new AgendaLine(item.clientId(),
                visible.get(item.clientId()), coaches.get(item.coachStaffId()), item.day())));
        return byTopic;
    }

    /** One agenda line: the client's name is null when the reader may not see the client. */
    record AgendaLine(UUID clientId, String clientName, String coachName, LocalDate day) {
    }

    private Map<UUID, String> coachNames(IpsTeamSummary team) {
        return organisation.coachesOf(team.id()).stream()
                .collect(Collectors.toMap(TeamCoach::staffMemberId, TeamCoach::fullName, (a, b) -> a));
    }

    /** The user's own IPS team (the first when none is asked for); any other team is not found. */
    private IpsTeamSummary teamOf(PlaceraUser user, UUID team) {
        if (user.staffMemberId() == null || user.areaId() == null) {
            throw notFound();
        }
        return organisation.ipsTeamOf(user.staffMemberId(), team).orElseThrow(TeamMeetingController::notFound);
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}

package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.CareTeamMeetings;
import fi.placera.meetings.CareTeamMeetings.Item;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The care team's weekly meeting: the coach's attendance and the clients discussed (with their consent). */
@Controller
class MeetingController {

    /** Rows for clients discussed on the form; a meeting with more is recorded in two parts. */
    static final int ITEM_ROWS = 3;

    private final CareTeamMeetings meetings;
    private final ClientDirectory clients;
    private final Organisation organisation;
    private final Clock clock;

    MeetingController(CareTeamMeetings meetings, ClientDirectory clients, Organisation organisation, Clock clock) {
        this.meetings = meetings;
        this.clients = clients;
        this.organisation = organisation;
        this.clock = clock;
    }

    record MeetingInput(String key, String careTeamId, String heldOn, Boolean coachAttended, String meetingNotes,
            List<String> itemClientId, List<String> itemNote) {

        public String clientAt(int row) {
            return itemClientId != null && row < itemClientId.size() ? itemClientId.get(row) : "";
        }

        public String noteAt(int row) {
            return itemNote != null && row < itemNote.size() ? itemNote.get(row) : "";
        }
    }

    @GetMapping("/meetings")
    String page(@AuthenticationPrincipal PlaceraUser user, Model model) {
        MeetingInput input = new MeetingInput(UUID.randomUUID().toString(), "", typed(LocalDate.now(clock)), true, "",
                List.of(), List.of());
        return render(user, model, input, new MapBindingResult(new HashMap<>(), "meeting"));
    }

    @PostMapping("/meetings")
    String record(@AuthenticationPrincipal PlaceraUser user, MeetingInput input, Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "meeting");
        Optional<LocalDate> day = date(input.heldOn(), "heldOn", errors);
        List<Item> items = new ArrayList<>();
        for (int row = 0; row < ITEM_ROWS; row++) {
            UUID client = uuid(input.clientAt(row));
            if (client == null) {
                continue;
            }
            if (clients.find(user, client, "care-team meeting").isEmpty()) {
                errors.rejectValue("itemClientId", "employer.contact.client-unknown");
            }
            items.add(new Item(client, input.noteAt(row)));
        }
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        if (!Forms.saved(errors, () -> meetings.record(new CareTeamMeetings.Meeting(key, area(user),
                uuid(input.careTeamId()), day.get(), user.staffMemberId(), Boolean.TRUE.equals(input.coachAttended()),
                input.meetingNotes(), items, user.accountId())))) {
            return render(user, model, input, errors);
        }
        return "redirect:/meetings";
    }

    private String render(PlaceraUser user, Model model, MeetingInput input, BindingResult errors) {
        List<CareTeamSummary> careTeams = organisation.careTeamsOf(area(user));
        List<CareTeamMeetings.Meeting> held = user.staffMemberId() == null ? List.of()
                : meetings.of(user.staffMemberId());
        model.addAttribute("meetings", held);
        // what the coach's care teams put on their next meetings' agendas (decision 0083)
        model.addAttribute("agenda", meetings.openAgenda(organisation.membershipsOf(user.staffMemberId()).careTeams()));
        model.addAttribute("caseload", clients.caseloadOf(user));
        model.addAttribute("clientNames", clients.namesOf(user, held.stream()
                .flatMap(meeting -> meeting.items().stream()).map(CareTeamMeetings.Item::clientId).toList(),
                "care-team meeting"));
        model.addAttribute("careTeams", careTeams);
        model.addAttribute("careTeamNames", careTeams.stream()
                .collect(Collectors.toMap(CareTeamSummary::id, CareTeamSummary::name)));
        model.addAttribute("rows", IntStream.range(0, ITEM_ROWS).boxed().toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "meetings/meetings";
    }

    private static short area(PlaceraUser user) {
        if (user.areaId() == null) {
            throw new NotFound();
        }
        return user.areaId();
    }
}

package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.time;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.ClientMeetings;
import fi.placera.meetings.ClientMeetings.Appointment;
import fi.placera.meetings.ClientMeetings.Meeting;
import fi.placera.meetings.ClientMeetings.Mode;
import fi.placera.meetings.ClientMeetings.Participant;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's meetings (decision 0061): the notes of meetings held and the appointments booked, with a form for
 * each. Only the client's IPS team writes; a care team (with the client's consent) and an emergency reader read.
 */
@Controller
@RequestMapping("/clients/{id}/meetings")
class ClientMeetingsController {

    private static final String PURPOSE = "meetings and appointments";
    private static final Set<InformationKind> SHOWN = EnumSet.of(InformationKind.IDENTITY,
            InformationKind.SERVICE_RECORD);

    private final ClientDirectory clients;
    private final ClientMeetings meetings;
    private final Clock clock;

    ClientMeetingsController(ClientDirectory clients, ClientMeetings meetings, Clock clock) {
        this.clients = clients;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A meeting note as typed; {@code appointmentId} when it records a booked appointment. */
    record NoteInput(String key, String metOn, String metAt, String mode, String place, List<String> participants,
            String others, String note, String appointmentId) {

        public boolean with(Participant who) {
            return participants != null && participants.contains(who.name());
        }
    }

    /** An appointment as typed. */
    record AppointmentInput(String key, String appointmentDay, String appointmentStart, String appointmentEnd,
            String appointmentPlace, String appointmentOthers, String appointmentNote) {
    }

    /** The page; {@code appointment} prefills the note form from an appointment held. */
    @GetMapping
    String page(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID appointment, Model model) {
        ShownClient shown = clients.page(user, id, SHOWN, Set.of(), PURPOSE).orElseThrow(NotFound::new);
        model.addAttribute("writes", shown.writes());
        if (shown.writes() && appointment != null) {
            Appointment held = meetings.appointment(id, appointment).filter(Appointment::open)
                    .orElseThrow(NotFound::new);
            model.addAttribute("noteInput", new NoteInput(UUID.randomUUID().toString(), typed(held.day()),
                    typed(held.startsAt()), Mode.FACE_TO_FACE.name(), held.place(),
                    List.of(Participant.CLIENT.name(), Participant.COACH.name()), held.others(), "",
                    held.id().toString()));
        }
        return render(shown.client(), model);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @ModelAttribute("noteInput") NoteInput input, BindingResult bound, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = Forms.refusals(bound);
        Optional<LocalDate> day = date(input.metOn(), "metOn", errors);
        Optional<LocalTime> at = time(input.metAt(), "metAt", errors);
        Optional<Mode> mode = choice(Mode.class, input.mode(), "mode", errors);
        Set<Participant> participants = EnumSet.noneOf(Participant.class);
        for (String who : input.participants() == null ? List.<String>of() : input.participants()) {
            choice(Participant.class, who, "participants", errors).ifPresent(participants::add);
        }
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return Forms.savedOrAgain(errors, model, "note", input, () -> meetings.record(new Meeting(key, id,
                        client.areaId(), day.get(), at.get(), mode.get(), input.place(), participants, input.others(),
                        input.note(), uuid(input.appointmentId()), user.accountId())),
                () -> render(client, model), "/clients/" + id + "/meetings?saved");
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/appointments")
    String book(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @ModelAttribute("appointmentInput") AppointmentInput input, BindingResult bound, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = Forms.refusals(bound);
        Optional<LocalDate> day = date(input.appointmentDay(), "appointmentDay", errors);
        Optional<LocalTime> start = time(input.appointmentStart(), "appointmentStart", errors);
        Optional<LocalTime> end = time(input.appointmentEnd(), "appointmentEnd", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return Forms.savedOrAgain(errors, model, "appointment", input, () -> meetings.book(new Appointment(null, key,
                        id, client.areaId(), user.staffMemberId(), day.get(), start.get(), end.get(),
                        input.appointmentPlace(), input.appointmentOthers(), input.appointmentNote(), false, false,
                        user.accountId())),
                () -> render(client, model), "/clients/" + id + "/meetings?booked");
    }

    @PostMapping("/appointments/{appointmentId}/cancel")
    String cancel(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID appointmentId,
            Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(),
                "cancel");
        return Forms.savedOrAgain(errors, model, "cancel", appointmentId,
                () -> meetings.cancel(id, appointmentId), () -> render(client, model),
                "/clients/" + id + "/meetings?cancelled");
    }

    /** A void of a meeting note; {@code meeting} says which note's form to show again with what was typed. */
    record VoidInput(String meeting, String voidReason) {
    }

    /** A meeting note recorded by mistake (decision 0076): kept with its history, gone from the meetings. */
    @PostMapping("/{key}/void")
    String voidMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            VoidInput input, Model model) {
        ClientSummary client = client(user, id);
        return Forms.savedOrAgain(new MapBindingResult(new HashMap<>(), "void"), model, "void", input,
                () -> meetings.voidMeeting(user, client, key, input.voidReason()), () -> render(client, model),
                "/clients/" + id + "/meetings");
    }

    /** A correction of a meeting note; {@code meeting} says which note's form to show again with what was typed. */
    record CorrectInput(String meeting, String correctedMetOn, String correctedMode, List<String> correctedParticipants,
            String correctedNote, String correctionReason) {

        public boolean hasParticipant(Participant who) {
            return correctedParticipants != null && correctedParticipants.contains(who.name());
        }
    }

    /** A meeting note recorded wrong, as it should have been (decision 0082): the values replaced stay in its history. */
    @PostMapping("/{key}/correct")
    String correctMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            CorrectInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> day = date(input.correctedMetOn(), "correctedMetOn", errors);
        Optional<Mode> mode = choice(Mode.class, input.correctedMode(), "correctedMode", errors);
        Set<Participant> participants = EnumSet.noneOf(Participant.class);
        for (String who : input.correctedParticipants() == null ? List.<String>of() : input.correctedParticipants()) {
            choice(Participant.class, who, "correctedParticipants", errors).ifPresent(participants::add);
        }
        return Forms.savedOrAgain(errors, model, "correct", input, () -> meetings.correctMeeting(user, client, key,
                        new ClientMeetings.Correction(day.get(), mode.get(), participants, input.correctedNote()),
                        input.correctionReason()),
                () -> render(client, model), "/clients/" + id + "/meetings");
    }

    /** The page, with its forms unless the GET found a reader who writes nothing ({@code writes} false). */
    private String render(ClientSummary client, Model model) {
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
        model.addAttribute("client", client);
        model.addAttribute("meetings", meetings.meetingsOf(client.id()));
        model.addAttribute("revisions", meetings.revisionsOf(client.id()));
        model.addAttribute("appointments", meetings.appointmentsOf(client.id()));
        model.addAttribute("modes", Mode.values());
        model.addAttribute("participantChoices", Participant.values());
        model.addAttribute("formKey", UUID.randomUUID());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("noteMax", ClientMeetings.NOTE_MAX);
        return "meetings/client-meetings";
    }

    private ClientSummary client(PlaceraUser user, UUID id) {
        if (user.staffMemberId() == null) {
            throw new NotFound();
        }
        return clients.find(user, id, InformationKind.SERVICE_RECORD, PURPOSE).orElseThrow(NotFound::new);
    }
}

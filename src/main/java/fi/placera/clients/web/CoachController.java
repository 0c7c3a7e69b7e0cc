package fi.placera.clients.web;

import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.CoachAssignments;
import fi.placera.clients.internal.WaitingList;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The team leader assigns a client's coach or hands the client over to another coach, from the client's record or
 * from the team's waiting list (decision 0069).
 */
@Controller
class CoachController extends ClientFormController {

    static final String WAITING_LIST = "/team/waiting";

    private final CoachAssignments coaches;
    private final Organisation organisation;

    CoachController(ClientRegistry registry, ClientPage page, CoachAssignments coaches, Organisation organisation) {
        super(registry, page);
        this.coaches = coaches;
        this.organisation = organisation;
    }

    /** The form as posted; {@code from} is "waiting" when it was sent from the waiting list, to go back there. */
    record CoachInput(String coachStaffId, String handoverNote, String from) {
    }

    @AccessIntent(AccessAction.UPDATE)
    @PostMapping("/clients/{id}/coach")
    String assign(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, CoachInput input, Model model) {
        Client client = client(user, id, "coach assignment");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "coach");
        UUID coach = uuid(input.coachStaffId());
        return saved(client, Part.REFERRAL, model, errors, "coach", input, "waiting".equals(input.from())
                ? WAITING_LIST : Part.REFERRAL.url(id), () -> coaches.assign(user, client, coach, input.handoverNote()));
    }

    /** The waiting lists of the teams the user leads, with the days waited and each team's coaches with room. */
    @GetMapping(WAITING_LIST)
    String waiting(@AuthenticationPrincipal PlaceraUser user, Model model) {
        model.addAttribute("teams", organisation.ipsTeamsOf(user.staffMemberId()).stream()
                .map(team -> new WaitingTeam(team.id(), team.name(), registry().waitingIn(user, team.id()),
                        coaches.coachesOf(team.id())))
                .toList());
        return "clients/waiting";
    }

    /** A team the user leads: who waits, and the coaches to choose from. */
    record WaitingTeam(UUID id, String name, List<WaitingList.Waiting> waiting, List<CoachAssignments.TeamCoachRoom> coaches) {
    }
}

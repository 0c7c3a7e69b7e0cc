package fi.placera.clients.web;

import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.internal.AreaHandovers;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.CoachAssignments;
import fi.placera.clients.internal.TeamTransfers;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
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
 * Moving a client to another IPS team of the area (decision 0075): the sending team's leader proposes from the
 * client's record, the receiving team's leader accepts with a coach or refuses on the team's transfers page. Handing a
 * client over to another welfare area is one step of the sending team's leader (decision 0082).
 */
@Controller
class TransferController extends ClientFormController {

    static final String TRANSFERS = "/team/transfers";

    private final TeamTransfers transfers;
    private final AreaHandovers handovers;
    private final CoachAssignments coaches;

    TransferController(ClientRegistry registry, ClientPage page, TeamTransfers transfers, AreaHandovers handovers,
            CoachAssignments coaches) {
        super(registry, page);
        this.transfers = transfers;
        this.handovers = handovers;
        this.coaches = coaches;
    }

    /** The proposal as posted. */
    record TransferInput(String toTeamId, String transferNote) {
    }

    /** The handover to another welfare area as posted: the receiving team, and the note that ends the episode. */
    record HandoverInput(String handoverTeamId, String areaHandoverNote) {
    }

    /** The acceptance as posted. */
    record AcceptInput(String coachStaffId) {
    }

    @AccessIntent(AccessAction.UPDATE)
    @PostMapping("/clients/{id}/transfer")
    String propose(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, TransferInput input, Model model) {
        Client client = client(user, id, "team transfer");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "transfer");
        UUID team = uuid(input.toTeamId());
        return saved(client, Part.REFERRAL, model, errors, "transfer", input,
                () -> transfers.propose(user, client, team, input.transferNote()));
    }

    /** A leader of the client's team hands the client over to a team of another welfare area (decision 0082). */
    @AccessIntent(AccessAction.UPDATE)
    @PostMapping("/clients/{id}/handover")
    String handOver(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, HandoverInput input, Model model) {
        Client client = client(user, id, "area handover");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "areaHandover");
        UUID team = uuid(input.handoverTeamId());
        return saved(client, Part.REFERRAL, model, errors, "areaHandover", input,
                () -> handovers.handOver(user, client, team, input.areaHandoverNote()));
    }

    /** The proposals to the teams the user leads, each with the receiving team's coaches and their room. */
    @GetMapping(TRANSFERS)
    String proposals(@AuthenticationPrincipal PlaceraUser user, Model model) {
        model.addAttribute("proposals", transfers.proposalsTo(user).stream()
                .map(proposal -> new ProposalView(proposal, coaches.coachesOf(proposal.toTeamId()))).toList());
        return "clients/transfers";
    }

    @PostMapping(TRANSFERS + "/{transfer}/accept")
    String accept(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID transfer, AcceptInput input,
            Model model) {
        UUID coach = uuid(input.coachStaffId());
        return decided(user, transfer, model, () -> transfers.accept(user, transfer, coach));
    }

    @PostMapping(TRANSFERS + "/{transfer}/refuse")
    String refuse(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID transfer, Model model) {
        return decided(user, transfer, model, () -> transfers.refuse(user, transfer));
    }

    /** Decides and goes back to the list, or shows it again with the refusal next to the proposal. */
    private String decided(PlaceraUser user, UUID transfer, Model model, Runnable decision) {
        // another team's, another area's or a decided proposal is missing, as a client one may not see is
        if (transfers.proposalsTo(user).stream().noneMatch(proposal -> proposal.id().equals(transfer))) {
            throw new NotFound();
        }
        model.addAttribute("decidedTransfer", transfer);
        return Forms.savedOrAgain(new MapBindingResult(new HashMap<>(), "decision"), model, "decision", null, decision,
                () -> proposals(user, model), TRANSFERS);
    }

    /** A proposal and the coaches to choose from. */
    record ProposalView(TeamTransfers.Proposal proposal, List<CoachAssignments.TeamCoachRoom> coaches) {
    }
}

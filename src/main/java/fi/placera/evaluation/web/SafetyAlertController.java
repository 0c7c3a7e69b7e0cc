package fi.placera.evaluation.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.SafetyAlerts;
import fi.placera.evaluation.SafetyAlerts.Alert;
import fi.placera.evaluation.SafetyAlerts.Closing;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
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
 * A safety alert of a client: the answer that raised it and, until someone records what was done, the form to record
 * it. Only the coaches and the leader of the client's IPS team see it; for anyone else (another team, a care team,
 * emergency access) it does not exist.
 */
@Controller
class SafetyAlertController {

    private static final String PURPOSE = "safety alert";

    private final ClientDirectory clients;
    private final SafetyAlerts alerts;
    private final TeamAccess teams;
    private final Instruments instruments;
    private final Clock clock;

    SafetyAlertController(ClientDirectory clients, SafetyAlerts alerts, TeamAccess teams, Instruments instruments,
            Clock clock) {
        this.clients = clients;
        this.alerts = alerts;
        this.teams = teams;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** What was done, as typed (an unticked box is not sent at all). */
    record ClosingInput(Boolean contactedClient, Boolean informedCareTeam, String actionOn, String note) {

        Closing closing(LocalDate day) {
            return new Closing(Boolean.TRUE.equals(contactedClient), Boolean.TRUE.equals(informedCareTeam), day, note);
        }
    }

    @GetMapping("/clients/{id}/evaluation/alerts/{alertId}")
    String alert(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID alertId,
            Model model) {
        ClientSummary client = clients.page(user, id, EnumSet.of(InformationKind.IDENTITY, InformationKind.EVALUATION),
                Set.of(), PURPOSE).map(ShownClient::client).filter(shown -> teams.worksIn(user, shown.ipsTeamId()))
                .orElseThrow(NotFound::new);
        Alert alert = alertOf(client, alertId);
        return page(client, alert, new ClosingInput(false, false, FormValues.typed(LocalDate.now(clock)), ""),
                new MapBindingResult(new HashMap<>(), "closing"), model);
    }

    @PostMapping("/clients/{id}/evaluation/alerts/{alertId}")
    String close(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID alertId,
            ClosingInput input, Model model) {
        ClientSummary client = client(user, id);
        Alert alert = alertOf(client, alertId);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "closing");
        LocalDate day = FormValues.date(input.actionOn(), "actionOn", errors).orElse(null);
        if (errors.hasErrors() || !Forms.saved(errors, () -> alerts.close(alert.id(),
                input.closing(day), user.accountId()))) {
            return page(client, alert, input, errors, model);
        }
        return "redirect:/clients/" + id + "/evaluation/alerts/" + alertId + "?closed";
    }

    private String page(ClientSummary client, Alert alert, ClosingInput input, BindingResult errors, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("alert", alert);
        model.addAttribute("instrument", instruments.current(alert.instrumentCode()).orElse(null));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "evaluation/alert";
    }

    private Alert alertOf(ClientSummary client, UUID alertId) {
        return alerts.find(client.id(), alertId)
                .orElseThrow(NotFound::new);
    }

    /** The client, when the user may read their evaluation and works in the client's team; else not found. */
    private ClientSummary client(PlaceraUser user, UUID id) {
        return clients.find(user, id, InformationKind.EVALUATION, PURPOSE)
                .filter(client -> teams.worksIn(user, client.ipsTeamId()))
                .orElseThrow(NotFound::new);
    }
}

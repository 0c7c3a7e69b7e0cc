package fi.placera.evaluation.web;

import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.evaluation.FollowUps;
import fi.placera.evaluation.FollowUps.FollowUp;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instrument.Respondent;
import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.Questionnaires;
import fi.placera.evaluation.Questionnaires.IssuedLink;
import fi.placera.evaluation.Questionnaires.NewResponse;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.evaluation.SafetyAlerts;
import fi.placera.evaluation.internal.ClientFacts;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Formats;
import fi.placera.platform.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A client's evaluation: the follow-ups due, the scores over time (chart and table), and starting a questionnaire —
 * filled in by the coach with the client, or answered by the client alone through a one-time link. Every view is
 * an access decision for the client's EVALUATION information, logged once.
 */
@Controller
class ClientEvaluationController {

    private static final String PURPOSE = "evaluation";
    private static final Set<InformationKind> SHOWN = EnumSet.of(InformationKind.IDENTITY, InformationKind.EVALUATION);

    private final ClientDirectory clients;
    private final Instruments instruments;
    private final Questionnaires questionnaires;
    private final FollowUps followUps;
    private final ClientFacts facts;
    private final SafetyAlerts safetyAlerts;
    private final TeamAccess teams;
    private final CrisisCard crisisCard;
    private final MessageSource messages;
    private final Formats formats;

    ClientEvaluationController(ClientDirectory clients, Instruments instruments, Questionnaires questionnaires,
            FollowUps followUps, ClientFacts facts, SafetyAlerts safetyAlerts, TeamAccess teams, CrisisCard crisisCard,
            MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.safetyAlerts = safetyAlerts;
        this.teams = teams;
        this.crisisCard = crisisCard;
        this.clients = clients;
        this.instruments = instruments;
        this.questionnaires = questionnaires;
        this.followUps = followUps;
        this.facts = facts;
    }

    /** A questionnaire to start, as typed: which, at which timepoint, by whom and (for a link) in which language. */
    record StartInput(String key, String instrument, String timepoint, String mode, String language) {
    }

    @GetMapping("/clients/{id}/evaluation")
    String page(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale, Model model) {
        ShownClient shown = shown(user, id);
        model.addAttribute("writes", shown.writes());
        ClientSummary client = shown.client();
        String language = language(id);
        return page(user, client, new StartInput(UUID.randomUUID().toString(), "", "", "LINK", language),
                new MapBindingResult(new HashMap<>(), "start"), locale, model);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/clients/{id}/evaluation")
    String start(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, StartInput input, Locale locale,
            HttpServletRequest request, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "start");
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        String timepoint = input.timepoint() == null || input.timepoint().isBlank() ? null : input.timepoint();
        NewResponse response = new NewResponse(key, input.instrument(), client.areaId(), client.ipsTeamId(), id,
                timepoint, null, null, null, user.accountId());
        if ("COACH".equals(input.mode())) {
            AtomicReference<UUID> started = new AtomicReference<>();
            if (!Forms.saved(errors, () -> started.set(questionnaires.start(response)))) {
                return page(user, client, input, errors, locale, model);
            }
            return "redirect:/clients/" + id + "/evaluation/" + started.get();
        }
        // the service refuses to send the coach's own forms (background, referral) as a link
        AtomicReference<IssuedLink> link = new AtomicReference<>();
        if (!Forms.saved(errors, () -> link.set(questionnaires.issueLink(response, input.language(),
                Questionnaires.LINK_VALID_DAYS)))) {
            return page(user, client, input, errors, locale, model);
        }
        model.addAttribute("subject", client.name());
        model.addAttribute("back", "/clients/" + id + "/evaluation");
        model.addAttribute("instrument", instruments.current(input.instrument()).orElseThrow());
        model.addAttribute("url", ServletUriComponentsBuilder.fromContextPath(request).path("/q/{token}")
                .buildAndExpand(link.get().token()).toUriString());
        model.addAttribute("expiresAt", link.get().expiresAt());
        return "evaluation/link";
    }

    @GetMapping("/clients/{id}/evaluation/{responseId}")
    String response(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID responseId,
            Model model) {
        ShownClient shown = shown(user, id);
        model.addAttribute("writes", shown.writes());
        ClientSummary client = shown.client();
        Response response = responseOf(client, responseId);
        return form(user, client, response, AnswerForm.stored(response.answers()), model);
    }

    @PostMapping("/clients/{id}/evaluation/{responseId}")
    String answer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID responseId,
            @RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "false") boolean submit,
            @RequestParam(defaultValue = "false") boolean confirmMissing, Model model) {
        ClientSummary client = client(user, id);
        Response response = responseOf(client, responseId);
        Definition definition = response.instrument().definition();
        AnswerForm answers = AnswerForm.posted(definition, form);
        if (answers.asksAboutMissing(definition, submit, confirmMissing)) {
            model.addAttribute("askMissing", answers.unanswered(definition));
            return form(user, client, response, answers, model);
        }
        if (!answers.saved(() -> questionnaires.answer(responseId, answers.answers(), submit))) {
            return form(user, client, response, answers, model);
        }
        if (submit && !definition.safetySignals(answers.answers()).isEmpty()) {
            // the coach is with the client: show the client the crisis contacts in the client's language at once
            model.addAttribute("client", client);
            model.addAttribute("card", crisisCard.of(client.areaId(), language(id)));
            return "evaluation/crisis-coach";
        }
        return submit ? "redirect:/clients/" + id + "/evaluation?submitted"
                : "redirect:/clients/" + id + "/evaluation/" + responseId + "?saved";
    }

    /** A form that comes back after a post is the writer's own: only a page opened for reading says otherwise. */
    private static void writesUnlessSaid(Model model) {
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
    }

    private String language(UUID clientId) {
        return facts.of(clientId).map(ClientFacts.Facts::language).orElse("fi");
    }

    private String form(PlaceraUser user, ClientSummary client, Response response, AnswerForm answers, Model model) {
        writesUnlessSaid(model);
        model.addAttribute("client", client);
        model.addAttribute("marksSafety", teams.worksIn(user, client.ipsTeamId()));
        model.addAttribute("response", response);
        model.addAttribute("definition", response.instrument().definition());
        model.addAttribute("form", answers);
        model.addAttribute("errors", answers.errors());
        return "evaluation/answer";
    }

    private String page(PlaceraUser user, ClientSummary client, StartInput input, BindingResult errors, Locale locale,
            Model model) {
        writesUnlessSaid(model);
        List<Response> responses = questionnaires.ofClient(client.id());
        // safety alerts are the team's own: anyone else who may read the evaluation does not see them
        model.addAttribute("alerts", teams.worksIn(user, client.ipsTeamId())
                ? safetyAlerts.ofClient(client.id()) : List.of());
        List<FollowUp> due = followUps.of(client.id());
        Map<String, Instrument> current = new LinkedHashMap<>();
        instruments.current().stream().filter(i -> i.definition().perClient())
                .forEach(i -> current.put(i.code(), i));
        model.addAttribute("client", client);
        model.addAttribute("followUps", due);
        model.addAttribute("instruments", current);
        model.addAttribute("clientInstruments", current.values().stream()
                .filter(i -> i.definition().respondent() == Respondent.CLIENT).toList());
        model.addAttribute("timepoints", followUps.scheduleOf(client.ipsTeamId()));
        model.addAttribute("timepointNames", new TimepointNames(followUps.historyOf(client.ipsTeamId()), messages,
                locale));
        model.addAttribute("trends", trends(responses, locale));
        model.addAttribute("drafts", responses.stream().filter(r -> !r.submitted()).toList());
        model.addAttribute("forms", responses.stream()
                .filter(r -> r.submitted() && r.instrument().definition().scores().isEmpty()).toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "evaluation/client";
    }

    /** A trend per instrument and score, over the client's submitted responses in the order given. */
    private List<ScoreTrend> trends(List<Response> responses, Locale locale) {
        Map<String, List<Response>> byInstrument = new LinkedHashMap<>();
        responses.stream().filter(Response::submitted)
                .forEach(r -> byInstrument.computeIfAbsent(r.instrument().code(), c -> new ArrayList<>()).add(r));
        List<ScoreTrend> trends = new ArrayList<>();
        byInstrument.values().forEach(list -> {
            Instrument latest = list.get(list.size() - 1).instrument();
            for (ScoreRule rule : latest.definition().scores()) {
                trends.add(ScoreTrend.of(latest, rule, list, locale, formats));
            }
        });
        return trends;
    }

    private Response responseOf(ClientSummary client, UUID responseId) {
        return questionnaires.find(responseId).filter(r -> client.id().equals(r.clientId()))
                .orElseThrow(NotFound::new);
    }

    /**
     * For a page that names the client and shows their evaluation: its access-log row names both kinds. Its forms are
     * for the client's coach and team only ({@link ShownClient#writes}).
     */
    private ShownClient shown(PlaceraUser user, UUID id) {
        return clients.page(user, id, SHOWN, Set.of(), PURPOSE)
                .orElseThrow(NotFound::new);
    }

    private ClientSummary client(PlaceraUser user, UUID id) {
        return clients.find(user, id, InformationKind.EVALUATION, PURPOSE)
                .orElseThrow(NotFound::new);
    }
}

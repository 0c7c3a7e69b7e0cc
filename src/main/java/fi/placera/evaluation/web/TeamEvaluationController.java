package fi.placera.evaluation.web;

import static fi.placera.platform.web.FormValues.date;

import fi.placera.consent.Consents;
import fi.placera.consent.Party;
import fi.placera.evaluation.ChangeFromBaseline;
import fi.placera.evaluation.ChangeFromBaseline.Change;
import fi.placera.evaluation.FollowUps;
import fi.placera.evaluation.Questionnaires;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.Questionnaires.Addressee;
import fi.placera.evaluation.Questionnaires.IssuedLink;
import fi.placera.evaluation.Questionnaires.NewResponse;
import fi.placera.evaluation.Questionnaires.Response;
import fi.placera.platform.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.reporting.SmallCells;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's change from baseline per instrument and score, and its programme period (the mid-point and end
 * measurements). Inside the team the figures are shown in full; outside it (managers, evaluators) small cells are
 * hidden by the reporting module's rule, and evaluators see only clients who consented to the research use of their
 * evaluation data. No client is named, so no access-log row is written.
 */
@Controller
class TeamEvaluationController {

    private final TeamAccess access;
    private final Questionnaires questionnaires;
    private final FollowUps followUps;
    private final Consents consents;
    private final Instruments instruments;
    private final Clock clock;
    private final SelfReports selfReports;

    TeamEvaluationController(SelfReports selfReports, TeamAccess access, Questionnaires questionnaires, FollowUps followUps, Consents consents,
            Instruments instruments, Clock clock) {
        this.access = access;
        this.questionnaires = questionnaires;
        this.followUps = followUps;
        this.consents = consents;
        this.instruments = instruments;
        this.clock = clock;
        this.selfReports = selfReports;
    }

    /** One row as shown: each figure a number, or the suppression mark (text), or null when not defined. */
    record Row(String instrument, String score, Object clients, Object meanChange, Object improved,
            Object improvedShare, Object meaningfulChange) {
    }

    record ProgrammeInput(String team, String startsOn, String endsOn) {
    }

    /** A team questionnaire to send, as typed. */
    record SendInput(String team, String key, String instrument, String respondentName, String respondentStaff,
            String periodFrom, String periodTo, String language) {
    }

    @PostMapping("/evaluation/questionnaires")
    String send(@AuthenticationPrincipal PlaceraUser user, SendInput input, HttpServletRequest request, Locale locale,
            Model model) {
        IpsTeamSummary shown = access.team(user, input.team());
        if (!access.inside(user, shown)) {
            throw new NotFound();
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "send");
        Optional<LocalDate> from = date(input.periodFrom(), "periodFrom", errors);
        Optional<LocalDate> to = date(input.periodTo(), "periodTo", errors);
        UUID key = Optional.ofNullable(FormValues.uuid(input.key())).orElseGet(UUID::randomUUID);
        AtomicReference<IssuedLink> link = new AtomicReference<>();
        Optional<Addressee> addressee = addressee(shown, input.respondentStaff(), errors);
        String respondent = addressee.map(Addressee::name).filter(name -> blank(input.respondentName()))
                .orElse(input.respondentName());
        if (!Forms.saved(errors, () -> link.set(send(new NewResponse(key, input.instrument(), shown.areaId(),
                shown.id(), null, null, from.get(), to.get(), respondent, user.accountId()), addressee,
                input.language())))) {
            model.addAttribute("sendInput", input);
            model.addAttribute("sendErrors", errors);
            return page(user, shown, programmeInput(shown), new MapBindingResult(new HashMap<>(), "programme"), locale,
                    model);
        }
        model.addAttribute("subject", respondent.strip());
        model.addAttribute("back", "/evaluation?team=" + shown.code());
        model.addAttribute("instrument", instruments.current(input.instrument()).orElseThrow());
        model.addAttribute("url", ServletUriComponentsBuilder.fromContextPath(request).path("/q/{token}")
                .buildAndExpand(link.get().token()).toUriString());
        model.addAttribute("expiresAt", link.get().expiresAt());
        return "evaluation/link";
    }

    /** To a care-team member in Placera when one is chosen (decision 0083), else a link to hand over. */
    private IssuedLink send(NewResponse response, Optional<Addressee> addressee, String language) {
        return addressee.isPresent()
                ? questionnaires.issueLinkTo(response, addressee.get().staffMemberId(), language,
                        Questionnaires.LINK_VALID_DAYS)
                : questionnaires.issueLink(response, language, Questionnaires.LINK_VALID_DAYS);
    }

    /** The care-team member chosen, if any; one not offered for the team (or a malformed id) is refused. */
    private Optional<Addressee> addressee(IpsTeamSummary team, String chosen, BindingResult errors) {
        if (blank(chosen)) {
            return Optional.empty();
        }
        Optional<Addressee> found = questionnaires.careTeamAddresseesOf(team.id()).stream()
                .filter(addressee -> addressee.staffMemberId().toString().equals(chosen.strip())).findFirst();
        if (found.isEmpty()) {
            errors.rejectValue("respondentStaff", "evaluation.team.respondent-staff.unknown");
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @GetMapping("/evaluation")
    String team(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team, Locale locale,
            Model model) {
        IpsTeamSummary shown = access.team(user, team);
        return page(user, shown, programmeInput(shown), new MapBindingResult(new HashMap<>(), "programme"), locale, model);
    }

    @PostMapping("/evaluation/programme")
    String programme(@AuthenticationPrincipal PlaceraUser user, ProgrammeInput input, Locale locale, Model model) {
        IpsTeamSummary shown = access.team(user, input.team());
        if (!access.leads(user, shown)) {
            throw new NotFound();
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "programme");
        Optional<LocalDate> from = date(input.startsOn(), "startsOn", errors);
        Optional<LocalDate> to = date(input.endsOn(), "endsOn", errors);
        if (!Forms.saved(errors, () -> followUps.setProgramme(shown.id(), from.get(), to.get()))) {
            return page(user, shown, input, errors, locale, model);
        }
        return "redirect:/evaluation?team=" + shown.code() + "&saved";
    }

    private ProgrammeInput programmeInput(IpsTeamSummary team) {
        return followUps.programmeOf(team.id())
                .map(p -> new ProgrammeInput(team.code(), FormValues.typed(p.startsOn()), FormValues.typed(p.endsOn())))
                .orElse(new ProgrammeInput(team.code(), "", ""));
    }

    private String page(PlaceraUser user, IpsTeamSummary team, ProgrammeInput input, BindingResult errors,
            Locale locale, Model model) {
        boolean inside = access.inside(user, team);
        List<Response> responses = questionnaires.submittedAboutClientsOf(team.id());
        if (!inside && user.has(Role.EVALUATOR)) {
            Map<UUID, Boolean> consented = new HashMap<>();
            responses = responses.stream().filter(r -> consented.computeIfAbsent(r.clientId(),
                    client -> consents.sharesWith(client, Party.OTHER, InformationKind.EVALUATION))).toList();
        }
        model.addAttribute("teams", access.teams(user));
        model.addAttribute("team", team);
        model.addAttribute("inside", inside);
        model.addAttribute("leads", access.leads(user, team));
        model.addAttribute("rows", ChangeFromBaseline.of(responses).stream().map(c -> row(c, inside, locale)).toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        if (inside) {
            model.addAttribute("teamInstruments", instruments.current().stream()
                    .filter(i -> !i.definition().perClient()).toList());
            model.addAttribute("teamResponses", questionnaires.ofTeam(team.id()));
            model.addAttribute("careTeamAddressees", questionnaires.careTeamAddresseesOf(team.id()));
            model.addAttribute("selfReports", selfReports.ofTeam(team.id()));
            model.addAttribute("counts", followUps.countsOf(team.id()));
            if (!model.containsAttribute("sendInput")) {
                LocalDate today = LocalDate.now(clock);
                model.addAttribute("sendInput", new SendInput(team.code(), UUID.randomUUID().toString(), "", "", "",
                        FormValues.typed(today.minusMonths(6)), FormValues.typed(today), locale.getLanguage()));
                model.addAttribute("sendErrors", new MapBindingResult(new HashMap<>(), "send"));
            }
        }
        return "evaluation/team";
    }

    private static Row row(Change change, boolean inside, Locale locale) {
        boolean hideAll = !inside && SmallCells.small(change.clients());
        boolean hideImproved = change.improved() != null && !inside
                && SmallCells.partHidden(change.clients(), change.improved());
        Object improved = change.improved() == null ? null : hideImproved ? SmallCells.SUPPRESSED : change.improved();
        Object share = change.improved() == null ? null : hideImproved ? SmallCells.SUPPRESSED : change.improvedShare();
        return new Row(change.instrument().name(locale), change.rule().name(locale),
                hideAll ? SmallCells.SUPPRESSED : change.clients(),
                hideAll ? SmallCells.SUPPRESSED : change.meanChange(), improved, share, change.rule().meaningfulChange());
    }
}

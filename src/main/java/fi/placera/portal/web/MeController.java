package fi.placera.portal.web;

import fi.placera.clients.ClientContacts;
import fi.placera.clients.ClientDirectory;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Languages;
import fi.placera.platform.web.LinkLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import fi.placera.jobs.Jobs;
import fi.placera.meetings.ClientMeetings;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.VocationalProfiles;
import fi.placera.platform.web.Forms;
import fi.placera.portal.internal.ClientComments;
import fi.placera.portal.internal.Me;
import fi.placera.portal.internal.MyAccount;
import fi.placera.portal.internal.MyConsents;
import fi.placera.portal.internal.MyQuestionnaires;
import fi.placera.portal.internal.MyUpcoming;
import fi.placera.portal.internal.WhoReadMyData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's own pages. The client is always the one linked to the signed-in account; nothing here takes a client id.
 * The client's own reads are not access-log rows: the log is about others reading the client's data.
 */
@Controller
@RequestMapping("/me")
class MeController {

    private final MyAccount account;
    private final ActionPlans plans;
    private final VocationalProfiles profiles;
    private final Jobs jobs;
    private final Organisation organisation;
    private final ClientComments comments;
    private final MyConsents consents;
    private final WhoReadMyData accessLog;
    private final Clock clock;
    private final ClientDirectory clients;
    private final LocaleResolver locales;
    private final MyQuestionnaires questionnaires;
    private final BenefitsCounselling benefits;
    private final ClientMeetings meetings;
    private final ClientContacts contacts;

    /** The session attribute holding the answer-page tokens of the questionnaires the client opened. */
    static final String QUESTIONNAIRE_TOKENS = MeController.class.getName() + ".questionnaireTokens";

    MeController(MyAccount account, ActionPlans plans, VocationalProfiles profiles, Jobs jobs,
            Organisation organisation, ClientComments comments, MyConsents consents, WhoReadMyData accessLog,
            Clock clock, ClientDirectory clients, LocaleResolver locales, MyQuestionnaires questionnaires,
            BenefitsCounselling benefits, ClientMeetings meetings, ClientContacts contacts) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.questionnaires = questionnaires;
        this.benefits = benefits;
        this.clients = clients;
        this.locales = locales;
        this.account = account;
        this.plans = plans;
        this.profiles = profiles;
        this.jobs = jobs;
        this.organisation = organisation;
        this.comments = comments;
        this.consents = consents;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The client's start page, in the client's own language until they choose another one (the language switch sets a
     * cookie, which then wins).
     */
    @GetMapping
    String overview(@AuthenticationPrincipal PlaceraUser user, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Me me = me(user);
        if (WebUtils.getCookie(request, LinkLanguage.COOKIE) == null && request.getParameter("lang") == null) {
            clients.preferredLanguage(me.clientId()).flatMap(Languages::byTag)
                    .ifPresent(locale -> locales.setLocale(request, response, locale));
        }
        return overviewPage(me, model);
    }

    /**
     * Opens one of the client's due questionnaires on the one-time answer page; one that is not due for this client
     * (answered, closed, another client's, made up) is a 404.
     */
    @PostMapping("/questionnaires")
    String questionnaire(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String timepoint,
            @RequestParam(defaultValue = "") String instrument, Locale locale, jakarta.servlet.http.HttpSession session) {
        Me me = me(user);
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> tokens = (java.util.Map<String, String>) session.getAttribute(QUESTIONNAIRE_TOKENS);
        java.util.Map<String, String> kept = tokens == null ? new HashMap<>() : new HashMap<>(tokens);
        String token = questionnaires.open(me, timepoint, instrument, locale.getLanguage(), kept)
                .orElseThrow(MeController::notFound);
        session.setAttribute(QUESTIONNAIRE_TOKENS, kept);
        return "redirect:/q/" + token;
    }

    @PostMapping("/comments")
    String comment(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String comment,
            Model model) {
        Me me = me(user);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "comment");
        if (!Forms.saved(errors, () -> comments.add(me, comment))) {
            model.addAttribute("commentErrors", errors);
            model.addAttribute("commentText", comment);
            return overviewPage(me, model);
        }
        return "redirect:/me?commented#plan-heading";
    }

    @GetMapping("/consents")
    String consents(@AuthenticationPrincipal PlaceraUser user, Model model) {
        Me me = me(user);
        model.addAttribute("me", me);
        model.addAttribute("consents", consents.of(me));
        model.addAttribute("careTeamNames", careTeamNames(me));
        model.addAttribute("contact", contacts.ofClient(me.clientId()).orElse(null));
        model.addAttribute("contactChannels", ClientContacts.Channel.values());
        return "portal/consents";
    }

    /** The client turns a channel off: nothing reaches them over it any more (decision 0078). */
    @PostMapping("/contact/{channel}/off")
    String turnOff(@AuthenticationPrincipal PlaceraUser user, @PathVariable String channel) {
        Me me = me(user);
        ClientContacts.Channel off = java.util.Arrays.stream(ClientContacts.Channel.values())
                .filter(known -> known.name().equals(channel)).findFirst().orElseThrow(MeController::notFound);
        contacts.turnOff(me.clientId(), off);
        return "redirect:/me/consents?turnedOff#contact-heading";
    }

    @PostMapping("/consents/{consentId}/withdraw")
    String withdraw(@AuthenticationPrincipal PlaceraUser user, @PathVariable String consentId) {
        Me me = me(user);
        UUID id = fi.placera.platform.web.FormValues.uuid(consentId);
        return switch (consents.withdraw(me, id)) {
            case WITHDRAWN -> "redirect:/me/consents?withdrawn";
            case ALREADY_WITHDRAWN -> "redirect:/me/consents?already";
            case NOT_FOUND -> throw notFound();
        };
    }

    @GetMapping("/access-log")
    String accessLog(@AuthenticationPrincipal PlaceraUser user, Locale locale, Model model) {
        Me me = me(user);
        model.addAttribute("me", me);
        model.addAttribute("lines", accessLog.byDay(me, locale));
        model.addAttribute("years", WhoReadMyData.YEARS);
        return "portal/access-log";
    }

    private String overviewPage(Me me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("me", me);
        model.addAttribute("plan", plans.planOf(me.clientId()).orElse(null));
        model.addAttribute("comments", comments.of(me.clientId()));
        model.addAttribute("maxComment", ClientComments.MAX_LENGTH);
        List<MyQuestionnaires.Due> due = questionnaires.due(me, LocaleContextHolder.getLocale());
        model.addAttribute("upcoming", MyUpcoming.of(meetings.comingOf(me.clientId(), today),
                plans.reviewsDue(me.clientId()), benefits.dues(me.clientId()), due, today));
        model.addAttribute("questionnaires", due);
        model.addAttribute("coach", me.coachStaffId() == null ? null
                : organisation.staffMember(me.coachStaffId()).map(StaffMemberSummary::fullName).orElse(null));
        model.addAttribute("jobs", jobs.jobsOf(me.clientId()));
        model.addAttribute("profile", profiles.profileOf(me.clientId()).map(VocationalProfiles.Profile::content)
                .orElse(null));
        return "portal/me";
    }

    private java.util.Map<UUID, String> careTeamNames(Me me) {
        java.util.Map<UUID, String> names = new HashMap<>();
        organisation.careTeamsOf(me.areaId()).forEach(team -> names.put(team.id(), team.name()));
        return names;
    }

    /** The signed-in client; an account with no client behind it sees nothing. */
    private Me me(PlaceraUser user) {
        return account.me(user).orElseThrow(MeController::notFound);
    }

    static NotFound notFound() {
        return new NotFound();
    }
}

package fi.placera.evaluation.web;

import fi.placera.evaluation.FollowUps;
import fi.placera.evaluation.FollowUps.Anchor;
import fi.placera.evaluation.FollowUps.Timepoint;
import fi.placera.evaluation.FollowUps.TimepointChange;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's follow-up schedule: its timepoints in force, seen by the team; its leader adds, changes and removes them.
 * A change applies to follow-ups not yet open; those already open keep their timepoint (see {@link FollowUps}).
 */
@Controller
class ScheduleController {


    private final TeamAccess access;
    private final FollowUps followUps;
    private final Instruments instruments;
    private final MessageSource messages;

    ScheduleController(TeamAccess access, FollowUps followUps, Instruments instruments, MessageSource messages) {
        this.access = access;
        this.followUps = followUps;
        this.instruments = instruments;
        this.messages = messages;
    }

    /** The form as typed; {@code replaces} is the timepoint being changed, blank for a new one. */
    public record Typed(String replaces, Map<String, String> labels, String anchor, String months, String windowDays,
            List<String> instruments) {

        public String label(String language) {
            return labels.getOrDefault(language, "");
        }
    }

    @GetMapping("/evaluation/schedule")
    String page(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team,
            @RequestParam(required = false) String edit, Locale locale, Model model) {
        IpsTeamSummary shown = inside(user, team);
        UUID editing = FormValues.uuid(edit);
        Typed typed = Optional.ofNullable(editing).filter(id -> access.leads(user, shown))
                .flatMap(id -> followUps.scheduleOf(shown.id()).stream().filter(t -> t.id().equals(id)).findFirst())
                .map(this::typed)
                .orElseGet(() -> new Typed("", Map.of(), Anchor.ENROLMENT.name(), "", "30", List.of()));
        return page(user, shown, typed, new MapBindingResult(new HashMap<>(), "timepoint"), locale, model);
    }

    @PostMapping("/evaluation/schedule")
    String save(@AuthenticationPrincipal PlaceraUser user, @RequestParam MultiValueMap<String, String> form,
            Locale locale, Model model) {
        IpsTeamSummary shown = leads(user, form.getFirst("team"));
        Map<String, String> labels = new LinkedHashMap<>();
        Languages.TAGS.forEach(language -> labels.put(language, text(form.getFirst("label-" + language))));
        Typed typed = new Typed(text(form.getFirst("replaces")), labels, text(form.getFirst("anchor")),
                text(form.getFirst("months")), text(form.getFirst("windowDays")),
                form.getOrDefault("instruments", List.of()));
        BindingResult errors = new MapBindingResult(new HashMap<>(), "timepoint");
        Languages.TAGS.stream().filter(language -> labels.get(language).isBlank())
                .forEach(language -> errors.rejectValue("label-" + language, "validation.required"));
        Optional<Anchor> anchor = FormValues.choice(Anchor.class, typed.anchor(), "anchor", errors);
        int months = whole(typed.months().isEmpty() && anchor.filter(a -> a != Anchor.ENROLMENT).isPresent()
                ? "0" : typed.months(), "months", errors);
        int window = whole(typed.windowDays(), "windowDays", errors);
        if (!Forms.saved(errors, () -> followUps.saveTimepoint(shown.id(), new TimepointChange(
                FormValues.uuid(typed.replaces()), labels, anchor.orElse(null), months, window, typed.instruments()),
                user.accountId()))) {
            return page(user, shown, typed, errors, locale, model);
        }
        return "redirect:/evaluation/schedule?team=" + shown.code() + "&saved";
    }

    @PostMapping("/evaluation/schedule/remove")
    String remove(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team,
            @RequestParam(required = false) String id, Locale locale, Model model) {
        IpsTeamSummary shown = leads(user, team);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "timepoint");
        UUID timepoint = FormValues.uuid(id);
        if (timepoint == null) {
            errors.reject("evaluation.schedule.changed");
        }
        if (errors.hasErrors() || !Forms.saved(errors, () -> followUps.removeTimepoint(shown.id(), timepoint,
                user.accountId()))) {
            return page(user, shown, new Typed("", Map.of(), Anchor.ENROLMENT.name(), "", "30", List.of()), errors,
                    locale, model);
        }
        return "redirect:/evaluation/schedule?team=" + shown.code() + "&removed";
    }

    private String page(PlaceraUser user, IpsTeamSummary team, Typed typed, BindingResult errors, Locale locale,
            Model model) {
        List<Timepoint> schedule = followUps.scheduleOf(team.id());
        Map<String, Instrument> perClient = new LinkedHashMap<>();
        instruments.current().stream().filter(i -> i.definition().perClient()).forEach(i -> perClient.put(i.code(), i));
        model.addAttribute("teams", access.teams(user).stream().filter(t -> access.inside(user, t)).toList());
        model.addAttribute("team", team);
        model.addAttribute("leads", access.leads(user, team));
        model.addAttribute("schedule", schedule);
        model.addAttribute("names", new TimepointNames(followUps.historyOf(team.id()), messages, locale));
        model.addAttribute("instruments", perClient);
        model.addAttribute("anchors", Anchor.values());
        model.addAttribute("languages", Languages.TAGS);
        model.addAttribute("typed", typed);
        model.addAttribute("editing", schedule.stream().filter(t -> t.id().toString().equals(typed.replaces()))
                .findFirst().orElse(null));
        model.addAttribute("errors", errors);
        return "evaluation/schedule";
    }

    /** A timepoint in force as the form shows it: its own names, or the default code's messages in each language. */
    private Typed typed(Timepoint timepoint) {
        Map<String, String> labels = new LinkedHashMap<>();
        Languages.TAGS.forEach(language -> labels.put(language, timepoint.label(language).orElseGet(() ->
                messages.getMessage("evaluation.timepoint." + timepoint.code(), null, timepoint.code(),
                        Locale.forLanguageTag(language)))));
        return new Typed(timepoint.id().toString(), labels, timepoint.anchor().name(),
                Integer.toString(timepoint.months()), Integer.toString(timepoint.windowDays()), timepoint.instruments());
    }

    private IpsTeamSummary inside(PlaceraUser user, String code) {
        IpsTeamSummary team = access.team(user, code);
        if (!access.inside(user, team)) {
            throw new NotFound();
        }
        return team;
    }

    private IpsTeamSummary leads(PlaceraUser user, String code) {
        IpsTeamSummary team = inside(user, code);
        if (!access.leads(user, team)) {
            throw new NotFound();
        }
        return team;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A whole number as typed; anything else is an error next to the field (the service checks the range). */
    private static int whole(String text, String field, BindingResult errors) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "evaluation.schedule.number");
            return -1;
        }
    }
}

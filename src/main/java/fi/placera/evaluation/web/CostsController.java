package fi.placera.evaluation.web;

import fi.placera.evaluation.TeamCosts;
import fi.placera.evaluation.TeamCosts.Costs;
import fi.placera.evaluation.TeamCosts.Figures;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.reporting.Outcomes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's yearly costs (its leader enters them) and what they make with the outcome report of the year: cost per
 * client served and per job start, and the alternative-cost estimate with its assumptions. Inside the team only.
 */
@Controller
class CostsController {

    static final List<String> FIELDS = List.of("staffFte", "salaries", "premises", "travel", "training", "other",
            "benefitPerMonth", "carePerMonth", "monthsInWork");

    private final TeamAccess access;
    private final TeamCosts costs;
    private final Outcomes outcomes;
    private final Clock clock;

    CostsController(TeamAccess access, TeamCosts costs, Outcomes outcomes, Clock clock) {
        this.access = access;
        this.costs = costs;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/evaluation/costs")
    String page(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team,
            @RequestParam(required = false) Integer year, Model model) {
        IpsTeamSummary shown = inside(user, team);
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        Map<String, String> typed = new LinkedHashMap<>();
        costs.of(shown.id(), shownYear).ifPresent(stored -> {
            typed.put("staffFte", plain(stored.staffFte()));
            typed.put("salaries", plain(stored.salaries()));
            typed.put("premises", plain(stored.premises()));
            typed.put("travel", plain(stored.travel()));
            typed.put("training", plain(stored.training()));
            typed.put("other", plain(stored.other()));
            typed.put("benefitPerMonth", plain(stored.benefitPerMonth()));
            typed.put("carePerMonth", plain(stored.carePerMonth()));
            typed.put("monthsInWork", plain(stored.monthsInWork()));
        });
        return page(user, shown, shownYear, typed, new MapBindingResult(new HashMap<>(), "costs"), model);
    }

    @PostMapping("/evaluation/costs")
    String save(@AuthenticationPrincipal PlaceraUser user, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        IpsTeamSummary shown = inside(user, form.getFirst("team"));
        if (!access.leads(user, shown)) {
            throw new NotFound();
        }
        int year = year(form.getFirst("year"));
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(field -> typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field)));
        BindingResult errors = new MapBindingResult(new HashMap<>(), "costs");
        Map<String, BigDecimal> amounts = new HashMap<>();
        FIELDS.forEach(field -> amounts.put(field, amount(typed.get(field), field, errors)));
        if (!Forms.saved(errors, () -> costs.save(shown.id(), new Costs(year, amounts.get("staffFte"),
                amounts.get("salaries"), amounts.get("premises"), amounts.get("travel"), amounts.get("training"),
                amounts.get("other"), amounts.get("benefitPerMonth"), amounts.get("carePerMonth"),
                amounts.get("monthsInWork")), user.accountId()))) {
            return page(user, shown, year, typed, errors, model);
        }
        return "redirect:/evaluation/costs?team=" + shown.code() + "&year=" + year + "&saved";
    }

    private String page(PlaceraUser user, IpsTeamSummary team, int year, Map<String, String> typed,
            BindingResult errors, Model model) {
        model.addAttribute("teams", access.teams(user).stream().filter(t -> access.inside(user, t)).toList());
        model.addAttribute("team", team);
        model.addAttribute("year", year);
        model.addAttribute("leads", access.leads(user, team));
        model.addAttribute("fields", FIELDS);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        costs.of(team.id(), year).ifPresent(stored -> {
            Outcomes.Outcome outcome = outcomes.of(Outcomes.Scope.team(team.id()), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            model.addAttribute("costs", stored);
            model.addAttribute("figures", Figures.of(stored, outcome));
            costs.byTime(team.id(), stored, outcome).ifPresent(byTime -> model.addAttribute("byTime", byTime));
        });
        return "evaluation/costs";
    }

    private IpsTeamSummary inside(PlaceraUser user, String code) {
        IpsTeamSummary team = access.team(user, code);
        if (!access.inside(user, team)) {
            throw new NotFound();
        }
        return team;
    }

    private int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return LocalDate.now(clock).getYear();
        }
    }

    /** An amount as people type it: 52 000, 52000,50 or 0.5; anything else is an error next to the field. */
    static BigDecimal amount(String text, String field, Errors errors) {
        String cleaned = text == null ? "" : text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "evaluation.costs.amount");
            return null;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}

package fi.placera.organisation.web;

import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of psychiatric care teams. */
@Controller
@RequestMapping("/admin/care-teams")
class CareTeamAdminController {

    private final OrganisationService organisation;

    CareTeamAdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("careTeams", organisation.careTeams());
        model.addAttribute("areas", AreaNames.of(organisation.areas()));
        return "organisation/care-teams";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, CareTeamForm.empty());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, CareTeamForm.of(organisation.careTeam(id).orElseThrow(NotFound::new)));
    }

    @PostMapping({"", "/{id}"})
    String save(@Valid @ModelAttribute("form") CareTeamForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!Forms.saved(errors, () -> organisation.save(form.toCareTeam()))) {
            return form(model, form);
        }
        redirect.addFlashAttribute("saved", form.getName());
        return "redirect:/admin/care-teams";
    }

    private String form(Model model, CareTeamForm form) {
        model.addAttribute("form", form);
        model.addAttribute("areas", organisation.areas());
        return "organisation/care-team-form";
    }
}

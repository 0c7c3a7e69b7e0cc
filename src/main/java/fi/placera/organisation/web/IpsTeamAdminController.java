package fi.placera.organisation.web;

import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.Forms;
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

/** Administration of IPS teams. */
@Controller
@RequestMapping("/admin/teams")
class IpsTeamAdminController {

    private static final String FORM = "organisation/ips-team-form";
    private final OrganisationService organisation;

    IpsTeamAdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(Administrator by, Model model) {
        model.addAttribute("teams", organisation.ipsTeams(by));
        model.addAttribute("areas", AreaNames.of(organisation.areas()));
        return "organisation/ips-teams";
    }

    @GetMapping("/new")
    String create(Administrator by, Model model) {
        return form(by, model, IpsTeamForm.empty());
    }

    @GetMapping("/{id}")
    String edit(Administrator by, @PathVariable UUID id, Model model) {
        return form(by, model, IpsTeamForm.of(organisation.ipsTeam(by, id).orElseThrow(NotFound::new)));
    }

    @PostMapping({"", "/{id}"})
    String save(Administrator by, @PathVariable(required = false) UUID id, @ModelAttribute("form") IpsTeamForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireEditable(by, id, form);
        form.check(errors);
        if (!Forms.saved(errors, () -> organisation.save(by, form.toTeam()))) {
            return form(by, model, form);
        }
        redirect.addFlashAttribute("saved", form.getName());
        return "redirect:/admin/teams";
    }

    /**
     * An edit (the id in the path) needs a team of the administrator's area; a new one must not take another
     * area's id. Either way the answer is the one for a missing record.
     */
    private void requireEditable(Administrator by, UUID id, IpsTeamForm form) {
        if (id == null ? organisation.outsideArea(by, form.getId()) : organisation.ipsTeam(by, id).isEmpty()) {
            throw new NotFound();
        }
        if (id != null) {
            form.setId(id);
        }
    }

    private String form(Administrator by, Model model, IpsTeamForm form) {
        model.addAttribute("form", form);
        model.addAttribute("areas", organisation.areasOf(by));
        model.addAttribute("models", CollaborationModel.values());
        return FORM;
    }
}

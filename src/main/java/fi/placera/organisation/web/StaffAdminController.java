package fi.placera.organisation.web;

import fi.placera.organisation.TeamRole;
import fi.placera.organisation.internal.CareTeam;
import fi.placera.organisation.internal.IpsTeam;
import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of staff members and their team memberships. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

    private final OrganisationService organisation;

    StaffAdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("staff", organisation.staff());
        model.addAttribute("areas", AreaNames.of(organisation.areas()));
        addTeams(model);
        return "organisation/staff";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, StaffForm.empty());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, StaffForm.of(organisation.staffMemberRecord(id).orElseThrow(NotFound::new)));
    }

    @PostMapping({"", "/{id}"})
    String save(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.checkTogether(errors);
        if (!Forms.saved(errors, () -> organisation.save(form.toStaffMember()))) {
            return form(model, form);
        }
        redirect.addFlashAttribute("saved", form.getFirstName() + " " + form.getLastName());
        return "redirect:/admin/staff";
    }

    private String form(Model model, StaffForm form) {
        model.addAttribute("form", form);
        model.addAttribute("areas", organisation.areas());
        model.addAttribute("teamRoles", TeamRole.values());
        addTeams(model);
        return "organisation/staff-form";
    }

    private void addTeams(Model model) {
        model.addAttribute("ipsTeams", organisation.ipsTeams());
        model.addAttribute("careTeams", organisation.careTeams());
        model.addAttribute("ipsTeamsById", organisation.ipsTeams().stream()
                .collect(Collectors.toMap(IpsTeam::id, Function.identity())));
        model.addAttribute("careTeamsById", organisation.careTeams().stream()
                .collect(Collectors.toMap(CareTeam::id, Function.identity())));
    }
}

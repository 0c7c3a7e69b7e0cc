package fi.placera.organisation.web;

import fi.placera.organisation.TeamRole;
import fi.placera.organisation.internal.CareTeam;
import fi.placera.organisation.internal.IpsTeam;
import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.Forms;
import java.util.List;
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
    String list(Administrator by, Model model) {
        model.addAttribute("staff", organisation.staff(by));
        model.addAttribute("areas", AreaNames.of(organisation.areas()));
        addTeams(by, model);
        return "organisation/staff";
    }

    @GetMapping("/new")
    String create(Administrator by, Model model) {
        return form(by, model, StaffForm.empty());
    }

    @GetMapping("/{id}")
    String edit(Administrator by, @PathVariable UUID id, Model model) {
        return form(by, model, StaffForm.of(organisation.staffMemberRecord(by, id).orElseThrow(NotFound::new)));
    }

    @PostMapping({"", "/{id}"})
    String save(Administrator by, @PathVariable(required = false) UUID id, @ModelAttribute("form") StaffForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireEditable(by, id, form);
        form.check(errors);
        form.checkTogether(errors);
        if (!Forms.saved(errors, () -> organisation.save(by, form.toStaffMember()))) {
            return form(by, model, form);
        }
        redirect.addFlashAttribute("saved", form.getFirstName() + " " + form.getLastName());
        return "redirect:/admin/staff";
    }

    /**
     * An edit (the id in the path) needs a staff member of the administrator's area; a new one must not take another
     * area's id. Either way the answer is the one for a missing record.
     */
    private void requireEditable(Administrator by, UUID id, StaffForm form) {
        if (id == null ? organisation.outsideArea(by, form.getId()) : organisation.staffMemberRecord(by, id).isEmpty()) {
            throw new NotFound();
        }
        if (id != null) {
            form.setId(id);
        }
    }

    private String form(Administrator by, Model model, StaffForm form) {
        model.addAttribute("form", form);
        model.addAttribute("areas", organisation.areasOf(by));
        model.addAttribute("teamRoles", TeamRole.values());
        addTeams(by, model);
        return "organisation/staff-form";
    }

    /** The teams of the administrator's area, for the membership fields and the list's team names. */
    private void addTeams(Administrator by, Model model) {
        List<IpsTeam> ipsTeams = organisation.ipsTeams(by);
        List<CareTeam> careTeams = organisation.careTeams(by);
        model.addAttribute("ipsTeams", ipsTeams);
        model.addAttribute("careTeams", careTeams);
        model.addAttribute("ipsTeamsById", ipsTeams.stream().collect(Collectors.toMap(IpsTeam::id, Function.identity())));
        model.addAttribute("careTeamsById", careTeams.stream()
                .collect(Collectors.toMap(CareTeam::id, Function.identity())));
    }
}

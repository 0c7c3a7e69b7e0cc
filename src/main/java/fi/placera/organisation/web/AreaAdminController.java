package fi.placera.organisation.web;

import fi.placera.organisation.WelfareArea;
import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 22 welfare areas (seeded); national administrators may correct their names (the security rules say who). */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController {

    private final OrganisationService organisation;

    AreaAdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("areas", organisation.areas());
        return "organisation/areas";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable short id, Model model) {
        WelfareArea area = organisation.area(id).orElseThrow(NotFound::new);
        return form(model, area, AreaForm.of(area));
    }

    @PostMapping("/{id}")
    String save(Administrator by, @PathVariable short id, @ModelAttribute("form") AreaForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        WelfareArea area = organisation.area(id).orElseThrow(NotFound::new);
        form.check(errors);
        if (!Forms.saved(errors, () -> organisation.renameArea(by, form.applyTo(area)))) {
            return form(model, area, form);
        }
        redirect.addFlashAttribute("saved", form.getNameFi());
        return "redirect:/admin/areas";
    }

    private static String form(Model model, WelfareArea area, AreaForm form) {
        model.addAttribute("area", area);
        model.addAttribute("form", form);
        return "organisation/area-form";
    }
}

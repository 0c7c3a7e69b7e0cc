package fi.placera.statutory.web;

import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import fi.placera.statutory.PrivacyContacts;
import fi.placera.statutory.PrivacyContacts.Contacts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An administrator confirms or changes who the privacy notice names for a welfare area: the controller, its
 * data-protection officer and the contact, in each language. An area's administrator edits only their own area, a
 * national administrator any; another area is not found, and the refusal is a security event.
 */
@Controller
class PrivacyContactsAdminController {

    private final PrivacyContacts contacts;
    private final Organisation organisation;

    PrivacyContactsAdminController(PrivacyContacts contacts, Organisation organisation) {
        this.contacts = contacts;
        this.organisation = organisation;
    }

    @GetMapping("/admin/privacy")
    String areas(Administrator admin, Model model) {
        model.addAttribute("areas", organisation.areasOf(admin));
        return "statutory/privacy-areas";
    }

    @GetMapping("/admin/privacy/{areaId}")
    String area(Administrator admin, @PathVariable short areaId, Model model) {
        WelfareArea area = editable(admin, areaId);
        Map<String, Contacts> typed = new LinkedHashMap<>();
        Languages.TAGS.forEach(language -> typed.put(language, contacts.of(area.id(), language)));
        return page(area, typed, new MapBindingResult(new HashMap<>(), "contacts"), model);
    }

    @PostMapping("/admin/privacy/{areaId}")
    String save(Administrator admin, @PathVariable short areaId, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        WelfareArea area = editable(admin, areaId);
        Map<String, Contacts> typed = contacts.typed(form::getFirst);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contacts");
        if (!Forms.saved(errors, () -> contacts.set(admin, area.id(), typed))) {
            return page(area, typed, errors, model);
        }
        return "redirect:/admin/privacy/" + areaId + "?saved";
    }

    private String page(WelfareArea area, Map<String, Contacts> typed, BindingResult errors, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("contacts", typed);
        model.addAttribute("errors", errors);
        return "statutory/privacy-contacts";
    }

    private WelfareArea editable(Administrator admin, short areaId) {
        return organisation.areaOf(admin, areaId, "PRIVACY_NOTICE").orElseThrow(NotFound::new);
    }
}

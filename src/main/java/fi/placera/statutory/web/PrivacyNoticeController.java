package fi.placera.statutory.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.web.Languages;
import fi.placera.statutory.PrivacyContacts;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The privacy notice (GDPR art. 13-14), public: the area's controller, data-protection officer and contact (national
 * defaults, marked, until the area confirms its own), then the purposes, legal bases, recipients, retention and the
 * data subject's rights. A signed-in user is shown their own area's notice; anyone else chooses an area.
 */
@Controller
class PrivacyNoticeController {

    private final AreaPages areas;
    private final PrivacyContacts contacts;

    PrivacyNoticeController(AreaPages areas, PrivacyContacts contacts) {
        this.areas = areas;
        this.contacts = contacts;
    }

    @GetMapping("/privacy")
    String notice(@AuthenticationPrincipal PlaceraUser user, Model model) {
        return areas.ownAreaPage(user, "/privacy").orElseGet(() -> {
            model.addAttribute("areas", areas.areas());
            return "statutory/privacy";
        });
    }

    @GetMapping("/privacy/{areaId}")
    String areaNotice(@PathVariable short areaId, Locale locale, Model model) {
        model.addAttribute("area", areas.area(areaId));
        model.addAttribute("contacts", contacts.of(areaId, Languages.supportedOrDefault(locale).getLanguage()));
        return "statutory/privacy";
    }
}

package fi.placera.statutory.web;

import fi.placera.organisation.AreaContactsPages;
import fi.placera.organisation.Organisation;
import fi.placera.statutory.PrivacyContacts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An administrator confirms or changes who the privacy notice names for a welfare area: the controller, its
 * data-protection officer and the contact, in each language.
 */
@Controller
@RequestMapping(PrivacyContactsAdminController.PATH)
class PrivacyContactsAdminController extends AreaContactsPages<PrivacyContacts.Contacts> {

    static final String PATH = "/admin/privacy";

    PrivacyContactsAdminController(PrivacyContacts contacts, Organisation organisation) {
        super(contacts, organisation, PATH, "statutory/privacy", "PRIVACY_NOTICE");
    }
}

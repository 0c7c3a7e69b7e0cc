package fi.placera.evaluation.web;

import fi.placera.evaluation.CrisisContacts;
import fi.placera.organisation.AreaContactsPages;
import fi.placera.organisation.Organisation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** An administrator confirms or changes the crisis contacts of a welfare area: three texts per language. */
@Controller
@RequestMapping(CrisisContactsAdminController.PATH)
class CrisisContactsAdminController extends AreaContactsPages<CrisisContacts.Contacts> {

    static final String PATH = "/admin/crisis-contacts";

    CrisisContactsAdminController(CrisisContacts contacts, Organisation organisation) {
        super(contacts, organisation, PATH, "evaluation/crisis", "CRISIS_CONTACTS");
    }
}

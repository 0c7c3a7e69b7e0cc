package fi.placera.employers.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.Employer;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** An employer's page: what the team knows, the contacts, the agreements, and the form for a new agreement. */
@Component
class EmployerPage {

    private final Employers employers;
    private final EmployerContacts contacts;
    private final ClientDirectory clients;

    EmployerPage(Employers employers, EmployerContacts contacts, ClientDirectory clients) {
        this.employers = employers;
        this.contacts = contacts;
        this.clients = clients;
    }

    String render(PlaceraUser user, Employer employer, Model model) {
        List<Contact> contactsOf = contacts.ofEmployer(employer.areaId(), employer.id());
        List<Employers.JobLead> leads = employers.leadsOf(employer.areaId(), employer.id());
        List<UUID> named = Stream.concat(contactsOf.stream().map(Contact::clientId),
                leads.stream().map(Employers.JobLead::clientId)).toList();
        model.addAttribute("employer", employer);
        model.addAttribute("contacts", contactsOf);
        model.addAttribute("agreements", employers.agreementsOf(employer.areaId(), employer.id()));
        model.addAttribute("leads", leads);
        model.addAttribute("leadKinds", Employers.LeadKind.values());
        model.addAttribute("clientNames", clients.namesOf(user, named, "employer page"));
        model.addAttribute("caseload", clients.caseloadOf(user));
        model.addAttribute("formKey", UUID.randomUUID());
        model.addAttribute("revisions", contacts.revisionsOf(employer.areaId(), employer.id()));
        model.addAttribute("modes", EmployerContacts.Mode.values());
        // the correct and void actions are offered to who may use it: who recorded the contact, or a team leader (decided on use)
        model.addAttribute("account", user.accountId());
        model.addAttribute("leader", user.has(Role.TEAM_LEADER));
        return "employers/employer";
    }
}

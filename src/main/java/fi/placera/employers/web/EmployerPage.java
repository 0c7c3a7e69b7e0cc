package fi.placera.employers.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.employers.Employer;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
        var caseload = clients.caseloadOf(user);
        Map<UUID, String> names = caseload.stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
        model.addAttribute("employer", employer);
        model.addAttribute("contacts", contacts.ofEmployer(employer.areaId(), employer.id()));
        model.addAttribute("agreements", employers.agreementsOf(employer.areaId(), employer.id()));
        model.addAttribute("leads", employers.leadsOf(employer.areaId(), employer.id()));
        model.addAttribute("leadKinds", Employers.LeadKind.values());
        model.addAttribute("clientNames", names);
        model.addAttribute("caseload", caseload);
        model.addAttribute("formKey", UUID.randomUUID());
        return "employers/employer";
    }
}

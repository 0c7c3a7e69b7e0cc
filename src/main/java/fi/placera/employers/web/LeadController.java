package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;
import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.employers.Employers.JobLead;
import fi.placera.employers.Employers.LeadKind;
import fi.placera.employers.Employers.LeadStatus;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Job leads at an employer: an opening or a job that could be carved, shared by the team. */
@Controller
@RequestMapping("/employers/{id}/leads")
class LeadController {

    private final Employers employers;
    private final ClientDirectory clients;
    private final EmployerPage page;

    LeadController(Employers employers, ClientDirectory clients, EmployerPage page) {
        this.employers = employers;
        this.clients = clients;
        this.page = page;
    }

    record LeadInput(String key, String leadKind, String leadTitle, String leadDescription, String leadClientId,
            String leadNotedOn) {
    }

    @PostMapping
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, LeadInput input, Model model) {
        Employer employer = found(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "lead");
        Optional<LeadKind> kind = choice(LeadKind.class, input.leadKind(), "leadKind", errors);
        Optional<LocalDate> noted = date(input.leadNotedOn(), "leadNotedOn", errors);
        UUID client = uuid(input.leadClientId());
        if (client != null && clients.find(user, client, "job lead").isEmpty()) {
            errors.rejectValue("leadClientId", "employer.contact.client-unknown");
        }
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        if (!Forms.saved(errors, () -> employers.recordLead(user, key, area(user), id, new JobLead(null, id, null,
                kind.get(), input.leadTitle(), input.leadDescription(), client, noted.get(), LeadStatus.OPEN)))) {
            model.addAttribute("leadErrors", errors);
            model.addAttribute("leadInput", input);
            return page.render(user, employer, model);
        }
        return "redirect:/employers/" + id;
    }

    @PostMapping("/{leadId}/close")
    String close(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID leadId,
            @RequestParam(defaultValue = "") String status) {
        found(user, id);
        LeadStatus closed = LeadStatus.FILLED.name().equals(status) ? LeadStatus.FILLED : LeadStatus.CLOSED;
        employers.closeLead(area(user), leadId, closed);
        return "redirect:/employers/" + id;
    }

    private Employer found(PlaceraUser user, UUID id) {
        return employers.employer(area(user), id).orElseThrow(NotFound::new);
    }
}

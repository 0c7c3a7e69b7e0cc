package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
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

/** Recording what an employer and the coach agreed: supports, adaptations, subsidies, training, follow-up. */
@Controller
class AgreementController {

    private final Employers employers;
    private final ClientDirectory clients;
    private final EmployerPage page;

    AgreementController(Employers employers, ClientDirectory clients, EmployerPage page) {
        this.employers = employers;
        this.clients = clients;
        this.page = page;
    }

    record AgreementInput(String key, String agreedOn, String clientId, String supports, String adaptations,
            String subsidies, String trainingOn, String trainingAttendees, String contactPerson, String followUpOn) {
    }

    @PostMapping("/employers/{id}/agreements")
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, AgreementInput input, Model model) {
        Employer employer = employers.employer(area(user), id)
                .orElseThrow(NotFound::new);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "agreement");
        Optional<LocalDate> agreedOn = date(input.agreedOn(), "agreedOn", errors);
        Optional<LocalDate> training = optionalDate(input.trainingOn(), "trainingOn", errors);
        Optional<LocalDate> followUp = optionalDate(input.followUpOn(), "followUpOn", errors);
        UUID client = uuid(input.clientId());
        if (client != null && clients.find(user, client, "employer agreement").isEmpty()) {
            errors.rejectValue("clientId", "employer.contact.client-unknown");
        }
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        if (!Forms.saved(errors, () -> employers.recordAgreement(user, key, area(user), id, new Employers.Agreement(
                client, agreedOn.get(), input.supports(), input.adaptations(), input.subsidies(), training.orElse(null),
                input.trainingAttendees(), input.contactPerson(), followUp.orElse(null))))) {
            model.addAttribute("agreementErrors", errors);
            model.addAttribute("agreementInput", input);
            return page.render(user, employer, model);
        }
        return "redirect:/employers/" + id;
    }
}

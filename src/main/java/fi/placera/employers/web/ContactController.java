package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;
import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.EmployerContacts.Mode;
import fi.placera.employers.EmployerContacts.Purpose;
import fi.placera.employers.Employers;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Disclosure;
import fi.placera.planning.VocationalProfiles.DisclosureDiscussion;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording an employer contact, made to take seconds on a phone: today, face to face and job development
 * are preselected, the employer comes from the page it was opened on, a client from the coach's caseload.
 * Once a client is chosen the form shows what the client wants the employer told about their illness (their
 * disclosure preference): at once with htmx, or with the "show" button without JavaScript.
 */
@Controller
class ContactController {

    private final Employers employers;
    private final EmployerContacts contacts;
    private final ClientDirectory clients;
    private final VocationalProfiles profiles;
    private final Clock clock;

    ContactController(Employers employers, EmployerContacts contacts, ClientDirectory clients,
            VocationalProfiles profiles, Clock clock) {
        this.employers = employers;
        this.contacts = contacts;
        this.clients = clients;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * The contact form as posted; {@code key} makes a double submit harmless, {@code show} asks to see the chosen
     * client's disclosure preference instead of saving.
     */
    record ContactInput(String key, String employerId, String contactedOn, String mode, String purpose, String clientId,
            Boolean clientPresent, String followedPreference, String outcome, String nextStep, String nextStepOn,
            String show) {
    }

    /** The client's wish about telling the employer of their illness, and the words agreed for it, if any. */
    record Preference(Disclosure disclosure, String agreedWording) {
    }

    @GetMapping("/employer-contacts/new")
    String form(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String client, Model model) {
        ContactInput input = new ContactInput(UUID.randomUUID().toString(), employer,
                typed(LocalDate.now(clock)), Mode.FACE_TO_FACE.name(),
                client == null ? Purpose.GENERAL_JOB_DEVELOPMENT.name() : Purpose.ABOUT_CLIENT.name(), client, false, "",
                null, null, null, null);
        return page(user, model, input, new MapBindingResult(new HashMap<>(), "contact"));
    }

    @PostMapping("/employer-contacts")
    String record(@AuthenticationPrincipal PlaceraUser user, ContactInput input, Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contact");
        if (input.show() != null) {
            return page(user, model, input, errors);
        }
        UUID employer = uuid(input.employerId());
        Optional<LocalDate> day = date(input.contactedOn(), "contactedOn", errors);
        Optional<Mode> mode = choice(Mode.class, input.mode(), "mode", errors);
        Optional<Purpose> purpose = choice(Purpose.class, input.purpose(), "purpose", errors);
        LocalDate nextStepOn = optionalDate(input.nextStepOn(), "nextStepOn", errors).orElse(null);
        UUID client = uuid(input.clientId());
        if (client != null && clients.find(user, client, "employer contact").isEmpty()) {
            errors.rejectValue("clientId", "employer.contact.client-unknown");
        }
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        boolean present = Boolean.TRUE.equals(input.clientPresent());
        if (!Forms.saved(errors, () -> contacts.record(user, new Contact(key, area(user), employer, null, user.staffMemberId(),
                day.get(), mode.get(), purpose.get(), client, present, preference(input.followedPreference()),
                input.outcome(), input.nextStep(), nextStepOn, user.accountId())))) {
            return page(user, model, input, errors);
        }
        return "redirect:/employers/" + employer + "?saved";
    }

    private String page(PlaceraUser user, Model model, ContactInput input, BindingResult errors) {
        model.addAttribute("employers", employers.inArea(area(user), ""));
        model.addAttribute("caseload", clients.caseloadOf(user));
        model.addAttribute("modes", Mode.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("preference", preference(user, uuid(input.clientId())).orElse(null));
        return "employers/contact-form";
    }

    /** The chosen client's disclosure preference, read (and logged) as their vocational profile. */
    private Optional<Preference> preference(PlaceraUser user, UUID client) {
        if (client == null || clients.find(user, client, InformationKind.VOCATIONAL_PROFILE,
                "employer contact: disclosure preference").isEmpty()) {
            return Optional.empty();
        }
        List<DisclosureDiscussion> discussions = profiles.disclosureDiscussions(client);
        return Optional.of(new Preference(profiles.profileOf(client).map(profile -> profile.content().disclosure())
                .orElse(Disclosure.UNDECIDED),
                discussions.isEmpty() ? null : discussions.get(discussions.size() - 1).agreedWording()));
    }

    private static Boolean preference(String answer) {
        return answer == null || answer.isBlank() ? null : Boolean.valueOf(answer);
    }
}

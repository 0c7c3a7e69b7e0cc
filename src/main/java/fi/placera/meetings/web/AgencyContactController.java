package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.ClientDirectory;
import fi.placera.identity.AccessDecisions;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.AgencyContacts;
import fi.placera.meetings.AgencyContacts.Agency;
import fi.placera.meetings.AgencyContacts.AgencyContact;
import fi.placera.meetings.AgencyContacts.Mode;
import fi.placera.platform.NotFound;
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

/**
 * The coach's client-related contacts with employment services and Kela (fidelity O3) and with the other organisations
 * around the client's work (occupational health care, social services, education, another named organisation).
 */
@Controller
class AgencyContactController {

    private final AgencyContacts contacts;
    private final ClientDirectory clients;
    private final AccessDecisions access;
    private final Clock clock;

    AgencyContactController(AgencyContacts contacts, ClientDirectory clients, AccessDecisions access, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.access = access;
        this.clock = clock;
    }

    record ContactInput(String key, String clientId, String agency, String organisationName, String mode,
            String contactedOn, String note) {
    }

    @GetMapping("/meetings/agencies")
    String page(@AuthenticationPrincipal PlaceraUser user, Model model) {
        ContactInput input = new ContactInput(UUID.randomUUID().toString(), "", Agency.EMPLOYMENT_SERVICES.name(), "",
                Mode.PHONE.name(), typed(LocalDate.now(clock)), "");
        return render(user, model, input, new MapBindingResult(new HashMap<>(), "contact"));
    }

    @PostMapping("/meetings/agencies")
    String record(@AuthenticationPrincipal PlaceraUser user, ContactInput input, Model model) {
        staffMember(user);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contact");
        UUID client = uuid(input.clientId());
        if (client == null || clients.find(user, client, "contact with an agency").isEmpty()) {
            errors.rejectValue("clientId", "validation.required");
        }
        Optional<Agency> agency = choice(Agency.class, input.agency(), "agency", errors);
        Optional<Mode> mode = choice(Mode.class, input.mode(), "mode", errors);
        Optional<LocalDate> day = date(input.contactedOn(), "contactedOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        if (!Forms.saved(errors, () -> disclose(user, new AgencyContact(key, client, user.areaId(), agency.get(),
                input.organisationName(), day.get(), mode.get(), input.note(), user.staffMemberId(), user.accountId())))) {
            return render(user, model, input, errors);
        }
        return "redirect:/meetings/agencies?saved";
    }

    /** Records the contact and, the first time, logs what the agency was told: the client can see it later. */
    private void disclose(PlaceraUser user, AgencyContact contact) {
        if (contacts.record(contact)) {
            access.disclosed(user, contact.clientId(), contact.areaId(), AgencyContacts.kindShared(contact.agency()),
                    switch (contact.agency()) {
                        // a constant per agency: each purpose the log can hold has a text for the client (PurposeKeysTest)
                        case EMPLOYMENT_SERVICES -> "contact with employment services";
                        case KELA -> "contact with kela";
                        case OCCUPATIONAL_HEALTH -> "contact with occupational health care";
                        case SOCIAL_SERVICES -> "contact with social services";
                        case EDUCATION -> "contact with education";
                        case OTHER -> "contact with another organisation";
                    },
                    contact.agency().name(), "client consent");
        }
    }

    private String render(PlaceraUser user, Model model, ContactInput input, BindingResult errors) {
        UUID coach = staffMember(user);
        List<AgencyContact> made = contacts.ofCoach(coach);
        model.addAttribute("contacts", made);
        model.addAttribute("caseload", clients.caseloadOf(user));
        model.addAttribute("clientNames", clients.namesOf(user, made.stream().map(AgencyContact::clientId).toList(),
                "agency contacts"));
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("modes", Mode.values());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "meetings/agencies";
    }

    private static UUID staffMember(PlaceraUser user) {
        if (user.staffMemberId() == null || user.areaId() == null) {
            throw new NotFound();
        }
        return user.staffMemberId();
    }
}

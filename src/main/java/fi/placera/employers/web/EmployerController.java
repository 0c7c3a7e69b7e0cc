package fi.placera.employers.web;

import fi.placera.employers.Employer;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The employer registry of the user's welfare area: search, register, view and edit. */
@Controller
@RequestMapping("/employers")
class EmployerController {

    private final Employers employers;
    private final EmployerContacts contacts;
    private final EmployerPage page;

    EmployerController(Employers employers, EmployerContacts contacts, EmployerPage page) {
        this.employers = employers;
        this.contacts = contacts;
        this.page = page;
    }

    /** A void of a contact; {@code contact} says which contact's form to show again with what was typed. */
    record VoidInput(String contact, String voidReason) {
    }

    /** A correction of a contact; {@code contact} says which contact's form to show again with what was typed. */
    record CorrectInput(String contact, String correctedContactedOn, String correctedMode, String correctedOutcome,
            String correctionReason) {
    }

    /** The employer form as posted; {@code confirmSameName} registers despite an employer with the same name. */
    record EmployerInput(String name, String businessId, String sector, String locations, String contactPeople,
            String needs, String notes, Integer version, Boolean confirmSameName) {

        Employer.Details details() {
            return new Employer.Details(name, businessId, sector, locations, contactPeople, needs, notes);
        }

        static EmployerInput of(Employer employer) {
            Employer.Details d = employer.details();
            return new EmployerInput(d.name(), d.businessId(), d.sector(), d.locations(), d.contactPeople(), d.needs(),
                    d.notes(), employer.version(), null);
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("employers", employers.inArea(area(user), q));
        model.addAttribute("q", q);
        return "employers/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, null, new EmployerInput(null, null, null, null, null, null, null, null, null),
                new MapBindingResult(new HashMap<>(), "employer"));
    }

    @PostMapping
    String register(@AuthenticationPrincipal PlaceraUser user, EmployerInput input, Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "employer");
        List<Employer> sameName = input.name() == null ? List.of() : employers.sameName(area(user), input.name());
        if (!sameName.isEmpty() && !Boolean.TRUE.equals(input.confirmSameName())) {
            errors.rejectValue("name", "employer.name.same");
            model.addAttribute("sameName", sameName);
        }
        Employer[] saved = new Employer[1];
        if (!Forms.saved(errors, () -> saved[0] = employers.register(area(user), input.details()))) {
            return form(model, null, input, errors);
        }
        return "redirect:/employers/" + saved[0].id();
    }

    @GetMapping("/{id}")
    String employer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return page.render(user, found(user, id), model);
    }

    /** A contact recorded by mistake: kept with its history, gone from the contacts and every figure (decision 0070). */
    @PostMapping("/{id}/contacts/{key}/void")
    String voidContact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            VoidInput input, Model model) {
        Employer employer = found(user, id);
        return Forms.savedOrAgain(new MapBindingResult(new HashMap<>(), "void"), model, "void", input,
                () -> contacts.voidContact(user, key, input.voidReason()), () -> page.render(user, employer, model),
                "/employers/" + id);
    }

    /** A contact recorded wrong: its day, mode and outcome as they should have been (decision 0076). */
    @PostMapping("/{id}/contacts/{key}/correct")
    String correctContact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            CorrectInput input, Model model) {
        Employer employer = found(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> day = FormValues.date(input.correctedContactedOn(), "correctedContactedOn", errors);
        Optional<EmployerContacts.Mode> mode = FormValues.choice(EmployerContacts.Mode.class, input.correctedMode(),
                "correctedMode", errors);
        return Forms.savedOrAgain(errors, model, "correct", input, () -> contacts.correctContact(user, key,
                        new EmployerContacts.Correction(day.get(), mode.get(), input.correctedOutcome()),
                        input.correctionReason()), () -> page.render(user, employer, model), "/employers/" + id);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        Employer employer = found(user, id);
        return form(model, employer, EmployerInput.of(employer), new MapBindingResult(new HashMap<>(), "employer"));
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, EmployerInput input, Model model) {
        Employer employer = found(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "employer");
        int version = input.version() == null ? -1 : input.version();
        if (!Forms.saved(errors, () -> employers.update(area(user), id, version, input.details()))) {
            return form(model, employer, input, errors);
        }
        return "redirect:/employers/" + id;
    }

    private String form(Model model, Employer employer, EmployerInput input, BindingResult errors) {
        model.addAttribute("employer", employer);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "employers/form";
    }

    private Employer found(PlaceraUser user, UUID id) {
        return employers.employer(area(user), id).orElseThrow(NotFound::new);
    }

    /** Employers belong to a welfare area; a user without one (national roles) has none. */
    static short area(PlaceraUser user) {
        if (user.areaId() == null) {
            throw new NotFound();
        }
        return user.areaId();
    }
}

package fi.placera.employers.web;

import static fi.placera.employers.web.EmployerController.area;
import static fi.placera.platform.Checks.present;

import fi.placera.clients.ClientDirectory;
import fi.placera.employers.Employer;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The employer registry, employer contacts and agreements over REST, with the rules of the pages. */
@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers")
class EmployersApiController {

    private final Employers employers;
    private final EmployerContacts contacts;
    private final ClientDirectory clients;

    EmployersApiController(Employers employers, EmployerContacts contacts, ClientDirectory clients) {
        this.employers = employers;
        this.contacts = contacts;
        this.clients = clients;
    }

    record EmployerRequest(Integer version, Employer.Details details) {
    }

    /**
     * A contact by the signed-in coach; {@code key} makes sending it twice harmless; {@code nextStepOn} is the day of
     * the next step, which then comes back on the coach's week.
     */
    record ContactRequest(UUID key, LocalDate contactedOn, EmployerContacts.Mode mode, EmployerContacts.Purpose purpose,
            UUID clientId, boolean clientPresent, Boolean followedPreference, String outcome, String nextStep,
            LocalDate nextStepOn) {
    }

    record AgreementRequest(UUID key, Employers.Agreement agreement) {
    }

    @GetMapping
    @Operation(summary = "The employers of the user's welfare area, optionally searched by name, business ID or sector")
    List<Employer> list(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String q) {
        return employers.inArea(area(user), q);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employer; the business ID must be valid and not yet registered in the area")
    Employer register(@AuthenticationPrincipal PlaceraUser user, @RequestBody EmployerRequest request) {
        return employers.register(area(user), present(request.details(), "details"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employer")
    Employer employer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return employers.employer(area(user), id).orElseThrow(NotFound::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save changes; 409 when someone saved since the version sent")
    Employer update(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody EmployerRequest request) {
        employer(user, id);
        return employers.update(area(user), id, present(request.version(), "version"),
                present(request.details(), "details"));
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The employer's contacts, newest first")
    List<Contact> contacts(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return contacts.ofEmployer(area(user), employer(user, id).id());
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contact with the employer by the signed-in coach; one about a client needs the "
            + "cooperation agreement and the client's consent to this employer (EMPLOYMENT) on the contact's day")
    List<Contact> contact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody ContactRequest request) {
        employer(user, id);
        if (request.clientId() != null && clients.find(user, request.clientId(), "API: employer contact").isEmpty()) {
            throw new Rejection("clientId", "employer.contact.client-unknown");
        }
        contacts.record(user, new Contact(present(request.key(), "key"), area(user), id, null, user.staffMemberId(),
                request.contactedOn(), request.mode(), request.purpose(), request.clientId(), request.clientPresent(),
                request.followedPreference(), request.outcome(), request.nextStep(), request.nextStepOn(),
                user.accountId()));
        return contacts(user, id);
    }

    /** A void: why the contact was recorded by mistake. */
    record VoidRequest(String reason) {
    }

    /** A contact's day, mode and outcome as they should have been recorded, and why it is corrected. */
    record CorrectionRequest(LocalDate contactedOn, EmployerContacts.Mode mode, String outcome, String reason) {
    }

    @PostMapping("/{id}/contacts/{key}/correct")
    @Operation(operationId = "correctEmployerContact", summary = "Correct a contact recorded wrong (day, mode, outcome),"
            + " with a reason; the values replaced stay in its history; only who recorded it or the client's team leader")
    List<Contact> correctContact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID key, @RequestBody CorrectionRequest request) {
        employer(user, id);
        contacts.correctContact(user, key, new EmployerContacts.Correction(
                present(request.contactedOn(), "correctedContactedOn"), present(request.mode(), "correctedMode"),
                request.outcome()), request.reason());
        return contacts(user, id);
    }

    @PostMapping("/{id}/contacts/{key}/void")
    @Operation(operationId = "voidEmployerContact", summary = "Void a contact recorded by mistake, with a reason: kept"
            + " with its history, gone from the contacts and every figure; only who recorded it or the client's team"
            + " leader")
    List<Contact> voidContact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            @RequestBody VoidRequest request) {
        employer(user, id);
        contacts.voidContact(user, key, request.reason());
        return contacts(user, id);
    }

    @GetMapping("/{id}/agreements")
    @Operation(summary = "What the employer and the coaches have agreed")
    List<Employers.Agreement> agreements(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return employers.agreementsOf(area(user), employer(user, id).id());
    }

    @PostMapping("/{id}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an agreement: supports, adaptations, subsidies, training, contact person, follow-up; "
            + "one about a client needs the client's consent to this employer (EMPLOYMENT) on the day agreed")
    List<Employers.Agreement> agree(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody AgreementRequest request) {
        employer(user, id);
        Employers.Agreement agreement = present(request.agreement(), "agreement");
        if (agreement.clientId() != null && clients.find(user, agreement.clientId(), "API: employer agreement").isEmpty()) {
            throw new Rejection("clientId", "employer.contact.client-unknown");
        }
        employers.recordAgreement(user, present(request.key(), "key"), area(user), id, agreement);
        return agreements(user, id);
    }
}

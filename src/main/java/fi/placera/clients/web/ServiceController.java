package fi.placera.clients.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.ServiceEnds;
import fi.placera.consent.HowAgreed;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
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

/** Ending the service (the client's choice or a step-down to the care team) and re-entry. */
@Controller
@RequestMapping("/clients/{id}/service")
class ServiceController extends ClientFormController {

    private final ServiceEnds ends;

    ServiceController(ClientRegistry registry, ClientPage page, ServiceEnds ends) {
        super(registry, page);
        this.ends = ends;
    }

    record EndInput(String serviceEndedOn, String serviceEndReason, String serviceEndDestination,
            String stepDownCareTeamId, String stepDownAgreedOn, String stepDownHowAgreed, String stepDownWitness,
            String serviceEndNote) {
    }

    record ReentryInput(String reenteredOn) {
    }

    @PostMapping("/end")
    String end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, EndInput input, Model model) {
        Client client = client(user, id, "service end");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "serviceEnd");
        Optional<LocalDate> day = date(input.serviceEndedOn(), "serviceEndedOn", errors);
        Optional<ServiceEnds.Reason> reason = choice(ServiceEnds.Reason.class, input.serviceEndReason(),
                "serviceEndReason", errors);
        Optional<ServiceEnds.Destination> destination = choice(ServiceEnds.Destination.class,
                input.serviceEndDestination(), "serviceEndDestination", errors);
        boolean stepDown = reason.orElse(null) == ServiceEnds.Reason.STEP_DOWN_TO_CARE_TEAM;
        // a step-down without the client's agreement is refused by the service, after the care team it names
        Optional<LocalDate> agreedOn = stepDown ? optionalDate(input.stepDownAgreedOn(), "stepDownAgreedOn", errors)
                : Optional.empty();
        Optional<HowAgreed> how = stepDown && input.stepDownHowAgreed() != null && !input.stepDownHowAgreed().isBlank()
                ? choice(HowAgreed.class, input.stepDownHowAgreed(), "stepDownHowAgreed", errors) : Optional.empty();
        return saved(client, Part.REFERRAL, model, errors, "serviceEnd", input, () -> ends.end(client, day.get(), reason.get(),
                destination.get(), uuid(input.stepDownCareTeamId()), new ServiceEnds.StepDownAgreement(agreedOn.orElse(null),
                        how.orElse(null), input.stepDownWitness()), input.serviceEndNote(), user.accountId()));
    }

    @PostMapping("/reentry")
    String reenter(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReentryInput input, Model model) {
        Client client = client(user, id, "service re-entry");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "reentry");
        Optional<LocalDate> day = date(input.reenteredOn(), "reenteredOn", errors);
        return saved(client, Part.REFERRAL, model, errors, "reentry", input, () -> ends.reenter(client, day.get()));
    }
}

package fi.placera.clients.web;

import static fi.placera.platform.Checks.present;

import fi.placera.audit.AccessAction;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.Referrals.Attempt;
import fi.placera.clients.internal.Referrals.Referral;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients and their referral over REST, with the rules of the pages. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "The caseload, registering clients, referral and outreach")
class ClientsApiController extends ClientApi {

    private final Referrals referrals;

    ClientsApiController(ClientRegistry registry, Referrals referrals) {
        super(registry);
        this.referrals = referrals;
    }

    /** A client as the API shows them. */
    record ClientView(UUID id, String firstName, String lastName, String identityCode, String preferredLanguage,
            UUID ipsTeamId, UUID coachStaffId) {

        static ClientView of(Client client) {
            return new ClientView(client.id(), client.firstName(), client.lastName(), client.identityCode(),
                    client.preferredLanguage(), client.ipsTeamId(), client.coachStaffId());
        }
    }

    record ReferralRequest(Referrals.Source source, UUID careTeamId, String referredBy, LocalDate referredOn,
            String wishToWork) {
    }

    record ReferralView(Referral referral, List<Attempt> attempts) {
    }

    record AttemptRequest(LocalDate attemptedOn, Referrals.Channel channel, Referrals.Outcome outcome) {
    }

    record EndRequest(Referrals.EndReason endReason, String endNote) {
    }

    @GetMapping
    @Operation(operationId = "listClients", summary = "The clients of the user's IPS teams that the user may see: "
            + "those whose service goes on, or with ended=true also those whose service has ended")
    List<ClientView> caseload(@AuthenticationPrincipal PlaceraUser user,
            @RequestParam(name = "ended", defaultValue = "false") boolean withEnded) {
        return registry().caseload(user, withEnded).stream().map(ClientView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerClient", summary = "Register a client in one of the user's IPS teams (a coach "
            + "becomes the client's coach); sending the same id again returns the client registered first")
    ClientView register(@AuthenticationPrincipal PlaceraUser user, @RequestBody ClientForm form)
            throws BindException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "client");
        form.check(errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        return ClientView.of(registry().register(user, form.toClient(user)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClient", summary = "One client")
    ClientView client(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return ClientView.of(client(user, id, InformationKind.IDENTITY, "client record"));
    }

    @GetMapping("/{id}/referral")
    @Operation(operationId = "getReferral", summary = "The client's referral and the outreach attempts")
    ReferralView referral(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        Referral referral = referrals.of(client(user, id, InformationKind.SERVICE_RECORD, "referral").id())
                .orElseThrow(NotFound::new);
        return new ReferralView(referral, referrals.attemptsFor(referral.id()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/{id}/referral")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordReferral",
            summary = "Record the referral (from a care team, the client or someone else); a client has one")
    ReferralView refer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody ReferralRequest request) {
        Client client = client(user, id, InformationKind.SERVICE_RECORD, "referral");
        referrals.refer(client, present(request.source(), "source"), request.careTeamId(), request.referredBy(),
                present(request.referredOn(), "referredOn"), request.wishToWork(), user.accountId());
        return referral(user, id);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/{id}/referral/outreach-attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordOutreachAttempt", summary = "Record an attempt to reach a referred client")
    ReferralView attempt(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody AttemptRequest request) {
        referrals.recordAttempt(client(user, id, InformationKind.SERVICE_RECORD, "referral"),
                present(request.attemptedOn(), "attemptedOn"), present(request.channel(), "channel"),
                present(request.outcome(), "outcome"), user.accountId());
        return referral(user, id);
    }

    @PostMapping("/{id}/referral/end")
    @Operation(operationId = "endReferral", summary = "End the referral without enrolment: only by the client's "
            + "choice, or unreachable after three documented attempts (zero exclusion)")
    ReferralView end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody EndRequest request) {
        referrals.endWithoutEnrolment(client(user, id, InformationKind.SERVICE_RECORD, "referral"),
                present(request.endReason(), "endReason"), request.endNote());
        return referral(user, id);
    }
}

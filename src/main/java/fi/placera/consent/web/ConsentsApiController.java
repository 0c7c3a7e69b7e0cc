package fi.placera.consent.web;

import static fi.placera.platform.Checks.present;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fi.placera.audit.AccessAction;
import fi.placera.consent.Agreement;
import fi.placera.consent.Consent;
import fi.placera.consent.Consents;
import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The cooperation agreement and the consents over REST; a withdrawal holds from the next request on. */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Agreement and consents")
class ConsentsApiController {

    private final ClientRecords records;

    private final Consents consents;

    ConsentsApiController(ClientRecords records, Consents consents) {
        this.records = records;
        this.consents = consents;
    }

    /** {@code inWorkAtEntry}: whether the client was in paid work when enrolling (absent = no). */
    record AgreementRequest(LocalDate agreedOn, HowAgreed howAgreed, String witness, Boolean inWorkAtEntry) {
    }

    /**
     * A consent to exchange information with a party: a care team (its id), an employer (its id) or a named other
     * party. The kind of information is {@code kind}, or several are {@code kinds} (one entry, all or none; decision
     * 0066); given both, {@code kind} comes first in the list.
     */
    record ConsentRequest(Party party, UUID partyId, String partyName, InformationKind kind,
            List<InformationKind> kinds, LocalDate validFrom, LocalDate validUntil) {

        /** The kinds asked for, or a refusal of the field {@code kind} when there is none. */
        List<InformationKind> allKinds() {
            List<InformationKind> all = new ArrayList<>();
            if (kind != null) {
                all.add(kind);
            }
            if (kinds != null) {
                all.addAll(kinds);
            }
            return all.isEmpty() ? List.of(present(kind, "kind")) : all;
        }
    }

    /**
     * The consent recorded, as before lists of kinds (its fields at the top level, for callers that send one kind),
     * and every consent of its entry in {@code consents}.
     */
    record GivenConsents(@JsonUnwrapped Consent consent, List<Consent> consents) {
    }

    @GetMapping("/agreement")
    @Operation(operationId = "getAgreement", summary = "The client's cooperation agreement")
    Agreement agreement(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return consents.agreementOf(records.get(user, id, InformationKind.SERVICE_RECORD, "API: cooperation agreement")
                        .clientId())
                .orElseThrow(NotFound::new);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/agreement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordAgreement",
            summary = "Record the cooperation agreement; phases 2–5 are refused until it exists")
    Agreement agree(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody AgreementRequest request) {
        ClientScope client = records.get(user, id, InformationKind.SERVICE_RECORD, "API: cooperation agreement");
        return consents.agree(id, client.areaId(), present(request.agreedOn(), "agreedOn"),
                present(request.howAgreed(), "howAgreed"),
                request.witness(), Boolean.TRUE.equals(request.inWorkAtEntry()), user.accountId());
    }

    @GetMapping("/consents")
    @Operation(operationId = "listConsents", summary = "Every consent of the client, withdrawn ones included")
    List<Consent> consents(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        return consents.consentsOf(records.get(user, id, InformationKind.SERVICE_RECORD, "API: consents").clientId());
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "giveConsent",
            summary = "Record a consent (party × one or more kinds of information, with validity); needs the agreement")
    GivenConsents give(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody ConsentRequest request) {
        ClientScope client = records.get(user, id, InformationKind.SERVICE_RECORD, "API: consents");
        List<Consent> given = consents.give(id, client.areaId(), present(request.party(), "party"), request.partyId(),
                request.partyName(), request.allKinds(), present(request.validFrom(), "validFrom"),
                request.validUntil(), user.accountId());
        return new GivenConsents(given.get(0), given);
    }

    @AccessIntent(AccessAction.WITHDRAW)
    @PostMapping("/consents/{consentId}/withdrawal")
    @Operation(operationId = "withdrawConsent",
            summary = "Withdraw a consent at once; every later request is decided without it")
    List<Consent> withdraw(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID consentId) {
        records.get(user, id, InformationKind.SERVICE_RECORD, "API: consents");
        if (!consents.withdraw(id, consentId)) {
            throw new NotFound();
        }
        return consents.consentsOf(id);
    }

    /** A void: why the consent was recorded by mistake. */
    record VoidRequest(String reason) {
    }

    @PostMapping("/consents/{consentId}/void")
    @Operation(operationId = "voidConsent", summary = "Void a consent recorded by mistake, with a reason: never in force"
            + " again, not a withdrawal; only who recorded it or the team leader")
    List<Consent> voidConsent(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID consentId, @RequestBody VoidRequest request) {
        ClientScope client = records.get(user, id, InformationKind.SERVICE_RECORD, "API: consents");
        consents.voidConsent(id, client.areaId(), consentId, request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return consents.consentsOf(id);
    }
}

package fi.placera.clients.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.Referrals;
import fi.placera.identity.AccessIntent;
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

/** Recording a referral, outreach attempts, and ending a referral the two ways zero exclusion allows. */
@Controller
@RequestMapping("/clients/{id}")
class ReferralController extends ClientFormController {

    private final Referrals referrals;

    ReferralController(ClientRegistry registry, Referrals referrals, ClientPage page) {
        super(registry, page);
        this.referrals = referrals;
    }

    /** The referral form as posted. */
    record ReferralInput(String source, String careTeamId, String referredBy, String referredOn, String wishToWork) {
    }

    /** The outreach form as posted. */
    record AttemptInput(String attemptedOn, String channel, String outcome) {
    }

    /** The end-of-referral form as posted. */
    record EndInput(String endReason, String endNote) {
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/referral")
    String refer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReferralInput input, Model model) {
        Client client = client(user, id, "referral");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "referral");
        Optional<Referrals.Source> source = choice(Referrals.Source.class, input.source(), "source", errors);
        Optional<LocalDate> day = date(input.referredOn(), "referredOn", errors);
        UUID careTeam = uuid(input.careTeamId());
        return saved(client, Part.REFERRAL, model, errors, "referral", input, () -> referrals.refer(client, source.get(), careTeam,
                input.referredBy(), day.get(), input.wishToWork(), user.accountId()));
    }

    /** A new episode of a client whose referral or service ended (decision 0074), with the referral form's fields. */
    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/referral/again")
    String referAgain(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReferralInput input, Model model) {
        Client client = client(user, id, "referral");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "referral");
        Optional<Referrals.Source> source = choice(Referrals.Source.class, input.source(), "source", errors);
        Optional<LocalDate> day = date(input.referredOn(), "referredOn", errors);
        UUID careTeam = uuid(input.careTeamId());
        return saved(client, Part.REFERRAL, model, errors, "referral", input, () -> referrals.referAgain(client, source.get(),
                careTeam, input.referredBy(), day.get(), input.wishToWork(), user.accountId()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/outreach")
    String attempt(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, AttemptInput input, Model model) {
        Client client = client(user, id, "referral");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "attempt");
        Optional<LocalDate> day = date(input.attemptedOn(), "attemptedOn", errors);
        Optional<Referrals.Channel> channel = choice(Referrals.Channel.class, input.channel(), "channel", errors);
        Optional<Referrals.Outcome> outcome = choice(Referrals.Outcome.class, input.outcome(), "outcome", errors);
        return saved(client, Part.REFERRAL, model, errors, "attempt", input, () -> referrals.recordAttempt(client, day.get(),
                channel.get(), outcome.get(), user.accountId()));
    }

    @PostMapping("/referral/end")
    String end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, EndInput input, Model model) {
        Client client = client(user, id, "referral");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "end");
        Optional<Referrals.EndReason> reason = choice(Referrals.EndReason.class, input.endReason(), "endReason", errors);
        return saved(client, Part.REFERRAL, model, errors, "end", input,
                () -> referrals.endWithoutEnrolment(client, reason.get(), input.endNote()));
    }
}

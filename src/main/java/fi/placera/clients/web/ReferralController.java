package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.Referrals;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.web.Formats;
import fi.placera.platform.web.Forms;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Recording a referral, outreach attempts, and ending a referral the two ways zero exclusion allows. */
@Controller
@RequestMapping("/clients/{id}")
class ReferralController {

    private final ClientRegistry registry;
    private final Referrals referrals;
    private final ClientPage page;

    ReferralController(ClientRegistry registry, Referrals referrals, ClientPage page) {
        this.registry = registry;
        this.referrals = referrals;
        this.page = page;
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

    @PostMapping("/referral")
    String refer(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReferralInput input, Model model) {
        Client client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "referral");
        Optional<Referrals.Source> source = choice(Referrals.Source.class, input.source(), "source", errors);
        Optional<LocalDate> day = date(input.referredOn(), "referredOn", errors);
        UUID careTeam = uuid(input.careTeamId());
        return saved(client, model, errors, "referral", input, () -> referrals.refer(client, source.get(), careTeam,
                input.referredBy(), day.get(), input.wishToWork(), user.accountId()));
    }

    @PostMapping("/outreach")
    String attempt(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, AttemptInput input, Model model) {
        Client client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "attempt");
        Optional<LocalDate> day = date(input.attemptedOn(), "attemptedOn", errors);
        Optional<Referrals.Channel> channel = choice(Referrals.Channel.class, input.channel(), "channel", errors);
        Optional<Referrals.Outcome> outcome = choice(Referrals.Outcome.class, input.outcome(), "outcome", errors);
        return saved(client, model, errors, "attempt", input, () -> referrals.recordAttempt(client, day.get(),
                channel.get(), outcome.get(), user.accountId()));
    }

    @PostMapping("/referral/end")
    String end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, EndInput input, Model model) {
        Client client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "end");
        Optional<Referrals.EndReason> reason = choice(Referrals.EndReason.class, input.endReason(), "endReason", errors);
        return saved(client, model, errors, "end", input,
                () -> referrals.endWithoutEnrolment(client, reason.get(), input.endNote()));
    }

    private String saved(Client client, Model model, BindingResult errors, String form, Object input, Runnable save) {
        if (errors.hasErrors() || !Forms.saved(errors, save)) {
            model.addAttribute(form + "Errors", errors);
            model.addAttribute(form + "Input", input);
            return page.render(client, model);
        }
        return "redirect:/clients/" + client.id();
    }

    private Client client(PlaceraUser user, UUID id) {
        return registry.client(user, id, "referral").orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value, String field, BindingResult errors) {
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (found.isEmpty()) {
            errors.rejectValue(field, "validation.required");
        }
        return found;
    }

    private static Optional<LocalDate> date(String text, String field, BindingResult errors) {
        Optional<LocalDate> day = Formats.parseDate(text);
        if (day.isEmpty()) {
            errors.rejectValue(field, "form.date.format");
        }
        return day;
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

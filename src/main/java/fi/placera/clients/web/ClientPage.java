package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.ServiceEnds;
import fi.placera.consent.Consents;
import fi.placera.consent.EmployerParties;
import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.VocationalProfiles;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Everything the client page shows; its forms come back to it with their errors and input, those of {@code consent}
 * and {@code planning} too, through {@link ClientRecords}.
 */
@Component
class ClientPage implements ClientRecords {

    /** The kinds of the client's information the page's sections show, each when the user may read it. */
    static final Set<InformationKind> SECTIONS = EnumSet.of(InformationKind.SERVICE_RECORD, InformationKind.BENEFITS,
            InformationKind.ACTION_PLAN, InformationKind.VOCATIONAL_PROFILE);

    private final Organisation organisation;
    private final Consents consents;
    private final EmployerParties employers;
    private final Referrals referrals;
    private final ActionPlans plans;
    private final BenefitsCounselling counselling;
    private final VocationalProfiles profiles;
    private final ServiceEnds serviceEnds;
    private final ClientRegistry registry;
    private final Clock clock;

    ClientPage(Organisation organisation, Consents consents, EmployerParties employers, Referrals referrals,
            ActionPlans plans, BenefitsCounselling counselling, VocationalProfiles profiles, ServiceEnds serviceEnds,
            ClientRegistry registry, Clock clock) {
        this.organisation = organisation;
        this.consents = consents;
        this.employers = employers;
        this.referrals = referrals;
        this.plans = plans;
        this.counselling = counselling;
        this.profiles = profiles;
        this.serviceEnds = serviceEnds;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Optional<ClientScope> find(PlaceraUser user, UUID clientId, InformationKind kind, String purpose) {
        return registry.client(user, clientId, kind, purpose).map(Client::scope);
    }

    @Override
    public String savedOrAgain(UUID clientId, Model model, BindingResult errors, String form, Object input,
            Runnable save) {
        return Forms.savedOrAgain(errors, model, form, input, save, () -> render(registry.decided(clientId), model),
                "/clients/" + clientId);
    }

    /**
     * The page with the sections the user may see ({@code visible}, set by the caller for a reading user; a
     * form coming back is from the IPS team, who see every kind) and its forms unless the user only reads
     * ({@code writes} false: a care-team member or an emergency reader, whose every write is refused anyway).
     */
    String render(Client client, Model model) {
        if (!model.containsAttribute("visible")) {
            model.addAttribute("visible", EnumSet.allOf(InformationKind.class));
        }
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
        model.addAttribute("fullRecord", ((Set<?>) model.getAttribute("visible")).containsAll(ClientTimeline.KINDS));
        var careTeams = organisation.careTeamsOf(client.areaId());
        var referral = referrals.of(client.id());
        model.addAttribute("client", client);
        model.addAttribute("team", organisation.ipsTeamName(client.ipsTeamId()).orElse(""));
        model.addAttribute("agreement", consents.agreementOf(client.id()).orElse(null));
        model.addAttribute("consents", consents.consentsOf(client.id()));
        model.addAttribute("careTeams", careTeams);
        model.addAttribute("careTeamNames", careTeams.stream()
                .collect(Collectors.toMap(CareTeamSummary::id, CareTeamSummary::name)));
        model.addAttribute("parties", Party.values());
        model.addAttribute("employerParties", employers.employersOf(client.areaId()));
        model.addAttribute("kinds", InformationKind.values());
        model.addAttribute("ways", HowAgreed.RECORDABLE);
        model.addAttribute("referral", referral.orElse(null));
        model.addAttribute("attempts", referral.map(r -> referrals.attemptsFor(r.id())).orElse(java.util.List.of()));
        model.addAttribute("sources", Referrals.Source.values());
        model.addAttribute("channels", Referrals.Channel.values());
        model.addAttribute("outcomes", Referrals.Outcome.values());
        model.addAttribute("endReasons", Referrals.EndReason.values());
        addCounselling(client, model);
        addProfile(client, model);
        model.addAttribute("serviceEnds", serviceEnds.history(client.id()));
        model.addAttribute("serviceEnded", serviceEnds.current(client.id()).isPresent());
        model.addAttribute("serviceEndReasons", ServiceEnds.Reason.CHOOSABLE);
        model.addAttribute("plan", plans.planOf(client.id()).orElse(null));
        model.addAttribute("reviewsDue", plans.reviewsDue(client.id()));
        model.addAttribute("reviews", plans.reviews(client.id()));
        model.addAttribute("planHistory", plans.history(client.id()));
        model.addAttribute("milestones", ActionPlans.MILESTONES);
        model.addAttribute("today", LocalDate.now(clock));
        return "clients/client";
    }

    private void addCounselling(Client client, Model model) {
        model.addAttribute("counsellingSessions", counselling.sessions(client.id()));
        model.addAttribute("counsellingDues", counselling.dues(client.id()));
        model.addAttribute("counsellors", BenefitsCounselling.Counsellor.values());
        model.addAttribute("counsellingTopics", BenefitsCounselling.Topic.values());
        model.addAttribute("counsellingKey", UUID.randomUUID());
    }

    private void addProfile(Client client, Model model) {
        model.addAttribute("profile", profiles.profileOf(client.id()).orElse(null));
        model.addAttribute("profileHistory", profiles.history(client.id()));
        model.addAttribute("profileMeetings", profiles.meetings(client.id()));
        model.addAttribute("meetingsAimedAt", VocationalProfiles.MEETINGS_AIMED_AT);
        model.addAttribute("disclosureDiscussions", profiles.disclosureDiscussions(client.id()));
        model.addAttribute("disclosures", VocationalProfiles.Disclosure.values());
        model.addAttribute("formKey", UUID.randomUUID());
    }
}

package fi.placera.clients.web;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.Revisers;
import fi.placera.clients.PlanComments;
import fi.placera.clients.internal.ClientDetailCorrections;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.CoachAssignments;
import fi.placera.clients.internal.AreaHandovers;
import fi.placera.clients.internal.TeamTransfers;
import fi.placera.clients.internal.WaitingList;
import fi.placera.clients.internal.CoachWeek;
import fi.placera.clients.internal.JdbcClientContacts;
import fi.placera.clients.internal.LastContacts;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.ServiceEnds;
import fi.placera.consent.ConsentEntry;
import fi.placera.consent.Consents;
import fi.placera.consent.EmployerParties;
import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.RecordedDisclosureDiscussion;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the overview of a client's record and each part of it show (decision 0060); the parts' forms come back to
 * their part with their errors and input, those of {@code consent} and {@code planning} too, through
 * {@link ClientRecords}.
 */
@Component
class ClientPage implements ClientRecords {

    /** The kinds the overview shows, each when the user may read it: who the client is is always read. */
    static final Set<InformationKind> OVERVIEW = ClientTimeline.KINDS;

    private final Organisation organisation;
    private final Consents consents;
    private final EmployerParties employers;
    private final Referrals referrals;
    private final ActionPlans plans;
    private final BenefitsCounselling counselling;
    private final VocationalProfiles profiles;
    private final ServiceEnds serviceEnds;
    private final ClientRegistry registry;
    private final CoachWeek week;
    private final LastContacts contacts;
    private final ClientTimeline timeline;
    private final ClientAccounts accounts;
    private final PlanComments planComments;
    private final CoachAssignments coaches;
    private final WaitingList waiting;
    private final TeamTransfers transfers;
    private final AreaHandovers handovers;
    private final JdbcClientContacts contactDetails;
    private final Revisers revisers;
    private final ClientDetailCorrections detailCorrections;
    private final Clock clock;

    ClientPage(Organisation organisation, Consents consents, EmployerParties employers, Referrals referrals,
            ActionPlans plans, BenefitsCounselling counselling, VocationalProfiles profiles, ServiceEnds serviceEnds,
            ClientRegistry registry, CoachWeek week, LastContacts contacts, ClientTimeline timeline,
            ClientAccounts accounts, PlanComments planComments, CoachAssignments coaches, WaitingList waiting,
            TeamTransfers transfers, AreaHandovers handovers, JdbcClientContacts contactDetails, Revisers revisers,
            ClientDetailCorrections detailCorrections, Clock clock) {
        this.coaches = coaches;
        this.transfers = transfers;
        this.handovers = handovers;
        this.contactDetails = contactDetails;
        this.revisers = revisers;
        this.detailCorrections = detailCorrections;
        this.waiting = waiting;
        this.accounts = accounts;
        this.planComments = planComments;
        this.organisation = organisation;
        this.consents = consents;
        this.employers = employers;
        this.referrals = referrals;
        this.plans = plans;
        this.counselling = counselling;
        this.profiles = profiles;
        this.serviceEnds = serviceEnds;
        this.registry = registry;
        this.week = week;
        this.contacts = contacts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The kinds of the client's information a part shows, each when the user may read it. */
    static Set<InformationKind> kindsOf(Part part) {
        return switch (part) {
            case REFERRAL, CONSENTS -> EnumSet.of(InformationKind.SERVICE_RECORD);
            case PLAN -> EnumSet.of(InformationKind.ACTION_PLAN);
            case PROFILE -> EnumSet.of(InformationKind.VOCATIONAL_PROFILE);
            case COUNSELLING -> EnumSet.of(InformationKind.BENEFITS);
        };
    }

    @Override
    public Optional<ClientScope> find(PlaceraUser user, UUID clientId, InformationKind kind, String purpose) {
        return registry.client(user, clientId, kind, purpose).map(Client::scope);
    }

    @Override
    public void checkMayRevise(PlaceraUser user, UUID clientId, UUID recordedBy) {
        revisers.checkMayRevise(user, registry.decided(clientId).summary(), recordedBy);
    }

    @Override
    public String savedOrAgain(UUID clientId, Part part, Model model, BindingResult errors, String form, Object input,
            Runnable save) {
        return savedOrAgain(clientId, part, model, errors, form, input, part.url(clientId), save);
    }

    /** A form of the part that goes on to {@code then} when saved, and shows the part again when refused. */
    String savedOrAgain(UUID clientId, Part part, Model model, BindingResult errors, String form, Object input,
            String then, Runnable save) {
        return Forms.savedOrAgain(errors, model, form, input, save,
                () -> render(registry.decided(clientId), part, model), then);
    }

    /**
     * The overview: who the client is, phase, coach, what is due, the last contacts, the consents in force and the
     * client's latest comment, each when the user may read the kinds it comes from ({@code visible}).
     */
    String overview(Client client, Model model) {
        LocalDate today = LocalDate.now(clock);
        Set<?> visible = (Set<?>) model.getAttribute("visible");
        addWho(client, "overview", model);
        if (visible.containsAll(ClientTimeline.KINDS)) {
            CoachWeek.Week ofClient = week.of(List.of(client), today);
            model.addAttribute("phase", ofClient.clients().get(0).phase());
            model.addAttribute("due", ofClient.tasks());
            model.addAttribute("contacts", contacts.of(client.id()));
        }
        if (visible.contains(InformationKind.SERVICE_RECORD)) {
            model.addAttribute("consentsInForce", consents.consentsOf(client.id()).stream()
                    .filter(consent -> consent.inForceOn(today)).toList());
            addCareTeamNames(client, model);
        }
        if (visible.contains(InformationKind.ACTION_PLAN)) {
            model.addAttribute("comment", timeline.latestClientComment(client.id()).orElse(null));
        }
        model.addAttribute("coach", Optional.ofNullable(client.coachStaffId()).flatMap(organisation::staffMember)
                .map(coach -> coach.firstName() + " " + coach.lastName()).orElse(null));
        model.addAttribute("today", today);
        return "clients/overview";
    }

    /**
     * A part of the record, shown when the user may read its kinds ({@code visible}, set by the caller for a reading
     * user; a form coming back is from the IPS team, who see every kind), with its forms unless the user only reads
     * ({@code writes} false: a care-team member or an emergency reader, whose every write is refused anyway).
     */
    String render(Client client, Part part, Model model) {
        if (!model.containsAttribute("visible")) {
            model.addAttribute("visible", EnumSet.allOf(InformationKind.class));
        }
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
        addWho(client, part.path(), model);
        model.addAttribute("shown", ((Set<?>) model.getAttribute("visible")).containsAll(kindsOf(part)));
        model.addAttribute("today", LocalDate.now(clock));
        switch (part) {
            case REFERRAL -> addReferral(client, model);
            case CONSENTS -> addConsents(client, model);
            case PLAN -> addPlan(client, model);
            case PROFILE -> addProfile(client, model);
            case COUNSELLING -> addCounselling(client, model);
        }
        return "clients/part";
    }

    private void addWho(Client client, String part, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("part", part);
        model.addAttribute("team", organisation.ipsTeamName(client.ipsTeamId()).orElse(""));
    }

    private void addReferral(Client client, Model model) {
        var referral = referrals.of(client.id());
        model.addAttribute("careTeams", organisation.careTeamsOf(client.areaId()));
        model.addAttribute("referral", referral.orElse(null));
        model.addAttribute("attempts", referral.map(r -> referrals.attemptsFor(r.id())).orElse(List.of()));
        model.addAttribute("sources", Referrals.Source.values());
        model.addAttribute("channels", Referrals.Channel.values());
        model.addAttribute("outcomes", Referrals.Outcome.values());
        model.addAttribute("endReasons", Referrals.EndReason.values());
        model.addAttribute("agreement", consents.agreementOf(client.id()).orElse(null));
        model.addAttribute("ways", HowAgreed.RECORDABLE);
        model.addAttribute("serviceEnds", serviceEnds.history(client.id()));
        boolean serviceEnded = serviceEnds.current(client.id()).isPresent();
        model.addAttribute("serviceEnded", serviceEnded);
        model.addAttribute("referAgain", serviceEnded || referral.map(r -> r.endedOn() != null).orElse(false));
        model.addAttribute("earlierEpisodes", referrals.earlierEpisodes(client.id()));
        model.addAttribute("serviceEndReasons", ServiceEnds.Reason.CHOOSABLE);
        model.addAttribute("serviceEndDestinations", ServiceEnds.Destination.values());
        // the corrections keep earlier names and identity codes: shown to who may read the client's identity
        boolean identity = ((Set<?>) model.getAttribute("visible")).contains(InformationKind.IDENTITY);
        model.addAttribute("detailsShown", identity);
        model.addAttribute("revisions", identity ? detailCorrections.history(client.id()) : List.of());
        addCoaches(client, model);
        addContactDetails(client, model);
    }

    /** The client's contact details and their corrections, read with who the client is (decision 0078). */
    private void addContactDetails(Client client, Model model) {
        model.addAttribute("contactDetails", contactDetails.of(client).orElse(null));
        model.addAttribute("contactRevisions", contactDetails.revisionsOf(client.id()));
    }

    /** The client's coaches so far, and the team's coaches with their room for the team leader's choice. */
    private void addCoaches(Client client, Model model) {
        model.addAttribute("coachHistory", coaches.history(client.id()).stream()
                .map(assignment -> new CoachRow(nameOf(assignment.coachStaffId()), assignment.fromOn(),
                        assignment.toOn(), nameOf(assignment.assignedByStaffId()), assignment.note()))
                .toList());
        model.addAttribute("teamCoaches", coaches.coachesOf(client.ipsTeamId()));
        model.addAttribute("waitingSince", waiting.waitingSince(client.id()).orElse(null));
        model.addAttribute("moveTeams", transfers.teamsToMoveTo(client));
        model.addAttribute("transferTo", transfers.openProposalTo(client.id())
                .flatMap(organisation::ipsTeamName).orElse(null));
        model.addAttribute("inService", registry.inService(client.id()));
        model.addAttribute("handoverTeams", handovers.teamsToHandOverTo(client).stream()
                .map(team -> new HandoverChoice(team.id(), team.name(), organisation.area(team.areaId()).orElseThrow()))
                .toList());
        model.addAttribute("arrival", handovers.arrivalOf(client.id())
                .map(arrival -> new ArrivalView(organisation.area(arrival.fromAreaId()).orElseThrow(), arrival))
                .orElse(null));
    }

    /** A receiving team of another area the client may be handed over to (decision 0082). */
    record HandoverChoice(UUID teamId, String teamName, WelfareArea area) {
    }

    /** How the client came from another area, with that area for its name in the reader's language. */
    record ArrivalView(WelfareArea fromArea, AreaHandovers.Arrival arrival) {
    }

    private String nameOf(UUID staffMemberId) {
        return staffMemberId == null ? null
                : organisation.staffMember(staffMemberId).map(StaffMemberSummary::fullName).orElse(null);
    }

    /** One coach of the client as the record shows them. */
    record CoachRow(String coach, LocalDate fromOn, LocalDate toOn, String assignedBy, String note) {
    }

    private void addConsents(Client client, Model model) {
        addCareTeamNames(client, model);
        model.addAttribute("consentEntries", ConsentEntry.of(consents.consentsOf(client.id())));
        model.addAttribute("revisions", consents.voidsOf(client.id()));
        model.addAttribute("parties", Party.values());
        model.addAttribute("employerParties", employers.employersOf(client.areaId()));
        model.addAttribute("otherAreas", otherAreas(client));
        model.addAttribute("kinds", InformationKind.values());
        model.addAttribute("hasAccount", accounts.hasAccount(client.id()));
        model.addAttribute("invitation", accounts.latestInvitation(client.id()).orElse(null));
        model.addAttribute("now", clock.instant());
    }

    /** The welfare areas other than the client's: a consent to one of them allows handing the client over there. */
    private List<WelfareArea> otherAreas(Client client) {
        return organisation.areas().stream().filter(area -> area.id() != client.areaId()).toList();
    }

    private void addCareTeamNames(Client client, Model model) {
        var careTeams = organisation.careTeamsOf(client.areaId());
        model.addAttribute("careTeams", careTeams);
        model.addAttribute("careTeamNames", careTeams.stream()
                .collect(Collectors.toMap(CareTeamSummary::id, CareTeamSummary::name)));
    }

    private void addPlan(Client client, Model model) {
        model.addAttribute("plan", plans.planOf(client.id()).orElse(null));
        model.addAttribute("reviewsDue", plans.reviewsDue(client.id()));
        model.addAttribute("reviews", plans.reviews(client.id()));
        model.addAttribute("revisions", plans.reviewVoidsOf(client.id()));
        model.addAttribute("planHistory", plans.history(client.id()));
        model.addAttribute("milestones", ActionPlans.MILESTONES);
        model.addAttribute("planComments", planComments.of(client.id()));
        model.addAttribute("maxReply", PlanComments.MAX_REPLY);
    }

    private void addCounselling(Client client, Model model) {
        model.addAttribute("counsellingSessions", counselling.sessions(client.id()));
        model.addAttribute("revisions", counselling.voidsOf(client.id()));
        model.addAttribute("counsellingDues", counselling.dues(client.id()));
        model.addAttribute("counsellors", BenefitsCounselling.Counsellor.values());
        model.addAttribute("counsellingTopics", BenefitsCounselling.Topic.values());
        model.addAttribute("counsellingKey", UUID.randomUUID());
    }

    private void addProfile(Client client, Model model) {
        model.addAttribute("profile", profiles.profileOf(client.id()).orElse(null));
        model.addAttribute("profileHistory", profiles.history(client.id()));
        model.addAttribute("profileMeetings", profiles.meetings(client.id()));
        model.addAttribute("revisions", Stream.concat(profiles.meetingVoidsOf(client.id()).stream(),
                profiles.disclosureVoidsOf(client.id()).stream())
                .sorted(Comparator.comparing(Revision::revisedAt)).toList());
        model.addAttribute("meetingsAimedAt", VocationalProfiles.MEETINGS_AIMED_AT);
        List<RecordedDisclosureDiscussion> discussions = profiles.recordedDisclosureDiscussions(client.id());
        model.addAttribute("disclosureDiscussions",
                discussions.stream().map(RecordedDisclosureDiscussion::discussion).toList());
        model.addAttribute("disclosureKeys", discussions.stream().map(RecordedDisclosureDiscussion::key).toList());
        model.addAttribute("disclosures", VocationalProfiles.Disclosure.values());
        model.addAttribute("formKey", UUID.randomUUID());
    }
}

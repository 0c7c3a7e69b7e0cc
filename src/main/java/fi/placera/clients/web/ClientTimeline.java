package fi.placera.clients.web;

import fi.placera.clients.TimelineEntries;
import fi.placera.clients.TimelineEntries.Entry;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.ServiceEnds;
import fi.placera.consent.Consent;
import fi.placera.consent.Consents;
import fi.placera.consent.Party;
import fi.placera.identity.InformationKind;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.VocationalProfiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The client record as one story: everything recorded about the client's service, oldest first, each
 * entry a date, what happened (message keys, so it reads in the user's language) and what was written.
 */
@Component
class ClientTimeline {

    /** The kinds of information the timeline shows; only someone who may see all of them gets it. */
    static final Set<InformationKind> KINDS = EnumSet.of(InformationKind.SERVICE_RECORD, InformationKind.BENEFITS,
            InformationKind.ACTION_PLAN, InformationKind.VOCATIONAL_PROFILE, InformationKind.EMPLOYMENT);

    /** The timeline entry of a client's comment on their plan (the portal's). */
    private static final String CLIENT_COMMENT = "timeline.client-comment";
    private final Referrals referrals;
    private final Consents consents;
    private final BenefitsCounselling counselling;
    private final ActionPlans plans;
    private final VocationalProfiles profiles;
    private final ServiceEnds serviceEnds;
    private final Organisation organisation;
    private final List<TimelineEntries> otherEntries;
    private final Clock clock;

    ClientTimeline(Referrals referrals, Consents consents, BenefitsCounselling counselling, ActionPlans plans,
            VocationalProfiles profiles, ServiceEnds serviceEnds, Organisation organisation,
            List<TimelineEntries> otherEntries, Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.counselling = counselling;
        this.plans = plans;
        this.profiles = profiles;
        this.serviceEnds = serviceEnds;
        this.organisation = organisation;
        this.otherEntries = otherEntries;
        this.clock = clock;
    }

    /** The client's latest comment on their plan, as the client's own pages put it on the timeline. */
    Optional<Entry> latestClientComment(UUID clientId) {
        return otherEntries.stream().flatMap(source -> source.of(clientId).stream())
                .filter(entry -> CLIENT_COMMENT.equals(entry.what())).max(Comparator.comparing(Entry::on));
    }

    List<Entry> of(Client client) {
        List<Entry> entries = new ArrayList<>();
        addReferral(client.id(), entries);
        addAgreementAndConsents(client, entries);
        counselling.sessions(client.id()).forEach(session -> entries.add(new Entry(session.counselledOn(),
                "timeline.counselling", session.topics().stream().map(topic -> "counselling.topic." + topic).toList(),
                session.outcome())));
        addPlan(client.id(), entries);
        addProfile(client.id(), entries);
        serviceEnds.history(client.id()).forEach(end -> {
            entries.add(new Entry(end.endedOn(), "timeline.service-ended", List.of("service.reason." + end.reason()),
                    end.note()));
            if (end.reenteredOn() != null) {
                entries.add(new Entry(end.reenteredOn(), "timeline.service-reentered", List.of(), null));
            }
        });
        otherEntries.stream().flatMap(source -> source.of(client.id()).stream()).forEach(entries::add);
        entries.sort(Comparator.comparing(Entry::on));
        return entries;
    }

    private void addReferral(UUID clientId, List<Entry> entries) {
        referrals.of(clientId).ifPresent(referral -> {
            entries.add(new Entry(referral.referredOn(), "timeline.referral",
                    List.of("referral.source." + referral.source()), referral.wishToWork()));
            referrals.attemptsFor(referral.id()).forEach(attempt -> entries.add(new Entry(attempt.attemptedOn(),
                    "timeline.outreach", List.of("referral.channel." + attempt.channel(),
                    "referral.outcome." + attempt.outcome()), null)));
            if (referral.endedOn() != null) {
                entries.add(new Entry(referral.endedOn(), "timeline.referral-ended",
                        List.of("referral.end." + referral.endReason()), referral.endNote()));
            }
        });
    }

    private void addAgreementAndConsents(Client client, List<Entry> entries) {
        consents.agreementOf(client.id()).ifPresent(agreement -> entries.add(new Entry(agreement.agreedOn(),
                "timeline.agreement", List.of("consent.how." + agreement.howAgreed()), agreement.witness())));
        Map<UUID, String> careTeams = organisation.careTeamsOf(client.areaId()).stream()
                .collect(Collectors.toMap(CareTeamSummary::id, CareTeamSummary::name));
        for (Consent consent : consents.consentsOf(client.id())) {
            List<String> labels = List.of("consent.party." + consent.party(), "information." + consent.kind());
            String party = consent.party() == Party.CARE_TEAM ? careTeams.get(consent.partyId()) : consent.partyName();
            entries.add(new Entry(consent.validFrom(), "timeline.consent", labels, party));
            if (consent.withdrawnAt() != null) {
                entries.add(new Entry(LocalDate.ofInstant(consent.withdrawnAt(), clock.getZone()),
                        "timeline.consent-withdrawn", labels, party));
            }
        }
    }

    private void addProfile(UUID clientId, List<Entry> entries) {
        profiles.meetings(clientId).forEach(meeting -> entries.add(new Entry(meeting.metOn(), "timeline.profile-meeting",
                List.of(), meeting.covered())));
        profiles.history(clientId).forEach(version -> entries.add(new Entry(
                LocalDate.ofInstant(version.savedAt(), clock.getZone()), "timeline.profile-saved",
                List.of("disclosure." + version.content().disclosure()), version.content().preferredWork())));
        profiles.disclosureDiscussions(clientId).forEach(talk -> entries.add(new Entry(talk.discussedOn(),
                "timeline.disclosure", List.of("disclosure." + talk.decision()), talk.agreedWording())));
    }

    private void addPlan(UUID clientId, List<Entry> entries) {
        plans.history(clientId).forEach(version -> entries.add(new Entry(
                LocalDate.ofInstant(version.savedAt(), clock.getZone()),
                version.version() == 1 ? "timeline.plan-agreed" : "timeline.plan-revised", List.of(), version.goals())));
        plans.reviews(clientId).forEach(review -> entries.add(new Entry(review.reviewedOn(), "timeline.plan-review",
                List.of(), review.whatChanged())));
    }
}

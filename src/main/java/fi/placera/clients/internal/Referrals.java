package fi.placera.clients.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;

import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.IpsModel;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.BatchColumns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals (from a care team, the client themselves, or someone else) and outreach to the client.
 * Zero exclusion: nobody is screened for readiness; a referral ends without enrolment only by the
 * client's own choice, or when the client could not be reached after documented attempts on at least three
 * different days over at least two weeks ({@link IpsModel}).
 */
@Service
public class Referrals {

    /** Where a referral came from. */
    public enum Source { CARE_TEAM, SELF, OTHER }

    /** The only two ways a referral may end without enrolment. */
    public enum EndReason { CLIENT_CHOICE, UNREACHABLE }

    /** How the coach tried to reach the client. */
    public enum Channel { PHONE, TEXT_MESSAGE, LETTER, HOME_VISIT, VIA_CARE_TEAM, OTHER }

    /** What came of an outreach attempt. */
    public enum Outcome { REACHED, NO_ANSWER, MESSAGE_LEFT }

    /** A referral as the client page shows it. */
    public record Referral(UUID id, Source source, UUID careTeamId, String referredBy, LocalDate referredOn,
            String wishToWork, LocalDate endedOn, EndReason endReason, String endNote) {
    }

    /** An earlier episode of the client's, as the referral part lists it: when it was referred and when it ended. */
    public record EarlierEpisode(LocalDate referredOn, LocalDate endedOn) {
    }

    /** One attempt to reach the client. */
    public record Attempt(LocalDate attemptedOn, Channel channel, Outcome outcome) {
    }

    private final JdbcClient jdbc;
    private final Caseloads caseloads;
    private final Organisation organisation;
    private final Clock clock;

    Referrals(JdbcClient jdbc, Caseloads caseloads, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.caseloads = caseloads;
        this.organisation = organisation;
        this.clock = clock;
    }

    public Optional<Referral> of(UUID clientId) {
        return Optional.ofNullable(of(List.of(clientId)).get(clientId));
    }

    /** The referrals of these clients, by client, in one read. */
    public Map<UUID, Referral> of(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Referral> referrals = new HashMap<>();
        jdbc.sql("""
                        select client_id, id, source, care_team_id, referred_by, referred_on, wish_to_work, ended_on,
                               end_reason, end_note
                        from referral where client_id in (:clients) and referred_again_on is null""")
                .param("clients", clientIds)
                .query(rs -> {
                    referrals.put(rs.getObject(1, UUID.class), new Referral(rs.getObject(2, UUID.class),
                            Source.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class),
                            rs.getString(9) == null ? null : EndReason.valueOf(rs.getString(9)), rs.getString(10)));
                });
        return referrals;
    }

    /** The client's earlier episodes (referrals followed by a new one), oldest first. */
    public List<EarlierEpisode> earlierEpisodes(UUID clientId) {
        return jdbc.sql("""
                        select r.referred_on,
                               coalesce(r.ended_on, (select e.ended_on from service_end e
                                                     where e.client_id = r.client_id and e.reentered_on is null
                                                       and e.referred_again_on = r.referred_again_on))
                        from referral r where r.client_id = ? and r.referred_again_on is not null
                        order by r.referred_on""")
                .param(clientId)
                .query((rs, row) -> new EarlierEpisode(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** The day of each referral's latest outreach attempt, by referral, in one read; referrals without any are left out. */
    public Map<UUID, LocalDate> lastAttempts(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("select referral_id, max(attempted_on) from outreach_attempt where referral_id in (:referrals) group by 1")
                .param("referrals", referralIds)
                .query(rs -> { last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)); });
        return last;
    }

    public List<Attempt> attemptsFor(UUID referralId) {
        return jdbc.sql("select attempted_on, channel, outcome from outreach_attempt where referral_id = ? order by attempted_on, id")
                .param(referralId)
                .query((rs, row) -> new Attempt(rs.getObject(1, LocalDate.class), Channel.valueOf(rs.getString(2)),
                        Outcome.valueOf(rs.getString(3))))
                .list();
    }

    /** Records the client's referral; a client has one (a second submission changes nothing). */
    public void refer(Client client, Source source, UUID careTeamId, String referredBy, LocalDate referredOn,
            String wishToWork, UUID recordedBy) {
        insert(client, source, careTeamId, referredBy, referredOn, wishToWork, recordedBy, false);
    }

    /** The referral, a new episode's ({@code again}) or the client's first. */
    private void insert(Client client, Source source, UUID careTeamId, String referredBy, LocalDate referredOn,
            String wishToWork, UUID recordedBy, boolean again) {
        check(source, careTeamId, referredOn, () -> careTeamIds(client.areaId()));
        String by = optional(referredBy, 200, "referredBy");
        String wish = optional(wishToWork, 2000, "wishToWork");
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, care_team_id, referred_by, referred_on,
                                              wish_to_work, recorded_by, again)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id) where referred_again_on is null do nothing""")
                .params(UUID.randomUUID(), client.id(), client.areaId(), source.name(),
                        source == Source.CARE_TEAM ? careTeamId : null, by, referredOn, wish, recordedBy, again)
                .update();
    }

    /** Checks the referrals of clients moving in, looking each area's care teams up once; a refusal names the client. */
    void checkMoved(List<Admission> admissions) {
        Map<Short, Set<UUID>> careTeams = new HashMap<>();
        BatchRejection.checkEach(admissions, admission -> check(admission.source(), admission.moved().careTeamId(),
                admission.moved().referredOn(),
                () -> careTeams.computeIfAbsent(admission.client().areaId(), this::careTeamIds)));
    }

    /** The referrals of clients moving in, checked by {@link #checkMoved}: one statement for them all. */
    void referMoved(List<Admission> admissions) {
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, care_team_id, referred_on, recorded_by, again)
                        select *, false from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::text[], ?::uuid[], ?::date[],
                                                    ?::uuid[])
                        on conflict (client_id) where referred_again_on is null do nothing""")
                .params(BatchColumns.of(admissions, admission -> UUID.randomUUID()),
                        BatchColumns.of(admissions, admission -> admission.client().id()),
                        BatchColumns.of(admissions, admission -> admission.client().areaId()),
                        BatchColumns.of(admissions, Admission::source),
                        BatchColumns.of(admissions, admission -> admission.moved().careTeamId()),
                        BatchColumns.of(admissions, admission -> admission.moved().referredOn()),
                        BatchColumns.of(admissions, admission -> admission.moved().recordedBy()))
                .update();
    }

    private void check(Source source, UUID careTeamId, LocalDate referredOn, Supplier<Set<UUID>> areaCareTeams) {
        notInFuture(referredOn, clock, "referredOn");
        if (source == Source.CARE_TEAM && careTeamId == null) {
            throw new Rejection("careTeamId", "validation.required");
        }
        // a care team that is not the client's area's (or none at all) was a 500 from the database's foreign key
        if (source == Source.CARE_TEAM && !areaCareTeams.get().contains(careTeamId)) {
            throw new Rejection("careTeamId", "referral.care-team.unknown");
        }
    }

    private Set<UUID> careTeamIds(short areaId) {
        return organisation.careTeamsOf(areaId).stream().map(CareTeamSummary::id).collect(Collectors.toSet());
    }

    /**
     * Refers a client whose referral or service ended again (decision 0074): a new episode of the same client. The
     * earlier referral and the end in force become history (referred_again_on); the client's coach takes a place in
     * the caseload again, as on a re-entry. A client whose episode goes on is refused, and so is a day before the
     * end.
     */
    @Transactional
    public void referAgain(Client client, Source source, UUID careTeamId, String referredBy, LocalDate referredOn,
            String wishToWork, UUID recordedBy) {
        jdbc.sql("select id from client where id = ? for update").param(client.id()).query(UUID.class).single();
        LocalDate ended = episodeEndedOn(client.id())
                .orElseThrow(() -> new Rejection(null, "referral.again.open"));
        if (referredOn.isBefore(ended)) {
            throw new Rejection("referredOn", "referral.again.after-end");
        }
        jdbc.sql("update referral set referred_again_on = ? where client_id = ? and referred_again_on is null")
                .params(referredOn, client.id()).update();
        jdbc.sql("""
                        update service_end set referred_again_on = ?
                        where client_id = ? and reentered_on is null and referred_again_on is null""")
                .params(referredOn, client.id()).update();
        if (client.coachStaffId() != null) {
            caseloads.assign(client.coachStaffId(), client.ipsTeamId(), client.areaId());
        }
        insert(client, source, careTeamId, referredBy, referredOn, wishToWork, recordedBy, true);
    }

    /** The day the current episode ended (its referral without enrolment, or its service), none while it goes on. */
    private Optional<LocalDate> episodeEndedOn(UUID clientId) {
        return jdbc.sql("""
                        select coalesce((select ended_on from referral
                                         where client_id = :client and referred_again_on is null and ended_on is not null),
                                        (select ended_on from service_end
                                         where client_id = :client and reentered_on is null and referred_again_on is null))""")
                .param("client", clientId).query(LocalDate.class).optional();
    }

    public void recordAttempt(Client client, LocalDate attemptedOn, Channel channel, Outcome outcome, UUID recordedBy) {
        Referral referral = open(client);
        notInFuture(attemptedOn, clock, "attemptedOn");
        jdbc.sql("""
                        insert into outreach_attempt (id, referral_id, area_id, attempted_on, channel, outcome, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), referral.id(), client.areaId(), attemptedOn, channel.name(), outcome.name(),
                        recordedBy)
                .update();
    }

    /**
     * Ends the referral without enrolment, for one of the two reasons zero exclusion allows; the client
     * no longer takes a place in the coach's caseload.
     */
    @Transactional
    public void endWithoutEnrolment(Client client, EndReason reason, String note) {
        Referral referral = open(client);
        String endNote = optional(note, 2000, "endNote");
        if (reason == EndReason.UNREACHABLE && !outreachExhausted(referral.id())) {
            throw new Rejection("endReason", "referral.unreachable.attempts");
        }
        int ended = jdbc.sql("update referral set ended_on = ?, end_reason = ?, end_note = ? where id = ? and ended_on is null")
                .params(LocalDate.now(clock), reason.name(), endNote, referral.id())
                .update();
        if (ended == 1 && client.coachStaffId() != null) {
            caseloads.release(client.coachStaffId());
        }
    }

    private Referral open(Client client) {
        Referral referral = of(client.id()).orElseThrow(() -> new Rejection(null, "referral.required"));
        if (referral.endedOn() != null) {
            throw new Rejection(null, "referral.ended");
        }
        return referral;
    }

    /** Unanswered attempts on enough different days, the first and the last far enough apart. */
    private boolean outreachExhausted(UUID referralId) {
        List<LocalDate> days = jdbc.sql("""
                        select distinct attempted_on from outreach_attempt where referral_id = ? and outcome <> 'REACHED'
                        order by 1""")
                .param(referralId).query(LocalDate.class).list();
        return days.size() >= IpsModel.OUTREACH_ATTEMPTS_BEFORE_UNREACHABLE
                && !days.get(0).plusDays(IpsModel.OUTREACH_UNREACHABLE_SPAN_DAYS).isAfter(days.get(days.size() - 1));
    }
}

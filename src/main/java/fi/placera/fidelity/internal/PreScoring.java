package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews.Cuts;
import fi.placera.fidelity.FidelityReviews.EvidenceRecord;
import fi.placera.fidelity.FidelityReviews.Item;
import fi.placera.fidelity.FidelityReviews.Scale;
import fi.placera.fidelity.internal.PreScores.Proposal;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.planning.VocationalProfiles;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.worktime.CoachTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers a team's figures for a review period and proposes a score for every item of the scale that has cut
 * points and a rule here, and lists the client records behind the figures that are counted from them. The
 * figures about jobs and employer contacts come from the outcome report, so that a fidelity review and the
 * outcome report never disagree; time shares come from the coaches' recorded time.
 */
@Component
class PreScoring {

    /**
     * The caseload on the period's last day, as {@link #counts} reads it, with the day each client came: the team's
     * clients assigned to a coach whose service is in progress on that day (enrolled by then and not out of service)
     * or whose referral is open on it (referred by then, not ended by then), whatever the order of those days. It
     * is the set the caseload limit counts (clients.Caseloads): a place is taken on referral and given back when the
     * referral ends or the service does.
     */
    private static final String CASELOAD = """
            with caseload as (
                select cl.client_id as id, cl.coach_staff_id, r.care_team_id,
                       coalesce(a.enrolled_on, r.referred_on) as since
                from clients_facts_client cl
                left join lateral (select max(e.enrolled_on) as enrolled_on from consent_facts_every_enrolment e
                                   where e.client_id = cl.client_id and e.enrolled_on <= :to) a on true
                left join lateral (select f.referred_on, f.ended_on, f.care_team_id from clients_facts_referral f
                                   where f.client_id = cl.client_id and f.referred_on <= :to
                                   order by f.referred_on desc limit 1) r on true
                where cl.ips_team_id = :team and cl.coach_staff_id is not null
                  and (a.enrolled_on is not null or (r.referred_on is not null and (r.ended_on is null or r.ended_on > :to)))
                  and not exists (select 1 from clients_facts_service_end e
                                  where e.client_id = cl.client_id and e.ended_on <= :to
                                    and (e.reentered_on is null or e.reentered_on > :to)
                                    and (e.referred_again_on is null or e.referred_again_on > :to))
            )
            """;

    /**
     * The period's placements (V8, V9, V10): the team's job starts in the period on or after the client's
     * enrolment, read from the same episodes and jobs as the outcome report, whose job starts are the competitive
     * ones. A job's type is its occupation code when recorded, else its title without case and surrounding spaces.
     */
    private static final String PLACEMENT = """
            placement as (
                select j.client_id, j.started_on, j.competitive, j.employer_id,
                       coalesce('code:' || j.occupation_code, 'title:' || nullif(lower(btrim(j.title)), '')) as job_type
                from jobs_facts_job j join clients_facts_episode ep on ep.client_id = j.client_id
                where ep.ips_team_id = :team and j.started_on between :from and :to and j.started_on >= ep.enrolled_on
                  and (ep.until_on is null or j.started_on < ep.until_on)
            )
            """;

    private static final Map<String, String> RECORDS = Map.ofEntries(
            // sql-reviewed: CASELOAD is a constant common table expression, values are parameters
            Map.entry("S1", CASELOAD + "select id, since, null::boolean from caseload order by since, id"),
            // sql-reviewed: CASELOAD is a constant common table expression, values are parameters
            Map.entry("O1", CASELOAD + """
                    select c.id, c.since, exists (select 1 from organisation_facts_care_team_member ct
                                                  where ct.staff_member_id = c.coach_staff_id
                                                    and ct.care_team_id = c.care_team_id)
                    from caseload c order by c.since, c.id"""),
            // sql-reviewed: CASELOAD is a constant common table expression, values are parameters
            Map.entry("V1", CASELOAD + """
                    select c.id, b.last_on, b.last_on is not null
                    from caseload c
                    left join lateral (select max(s.counselled_on) as last_on from planning_facts_benefits_counselling s
                                       where s.client_id = c.id and s.counselled_on <= :to) b on true
                    order by b.last_on nulls first, c.id"""),
            Map.entry("S3", """
                    with team_client as (
                        select client_id as id, coach_staff_id from clients_facts_client
                        where ips_team_id = :team and coach_staff_id is not null
                    ), phase as (
                        select a.client_id, a.enrolled_on as day, u.staff_member_id as staff
                        from team_client c join consent_facts_every_enrolment a on a.client_id = c.id
                        left join identity_facts_account_staff u on u.account_id = a.recorded_by
                        where a.enrolled_on between :from and :to
                        union all
                        select m.client_id, m.met_on, u.staff_member_id
                        from team_client c join planning_facts_profile_meeting m on m.client_id = c.id
                        left join identity_facts_account_staff u on u.account_id = m.recorded_by
                        where m.met_on between :from and :to
                        union all
                        select e.client_id, e.contacted_on, e.coach_staff_id
                        from team_client c join employers_facts_contact e on e.client_id = c.id
                        where e.contacted_on between :from and :to
                        union all
                        select s.client_id, s.contacted_on, u.staff_member_id
                        from team_client c join support_facts_contact s on s.client_id = c.id
                        left join identity_facts_account_staff u on u.account_id = s.recorded_by
                        where s.contacted_on between :from and :to
                    ), phase_coach as (
                        -- the coach of the phase's day from the coach history (decision 0069): a client handed over
                        -- keeps each phase with the coach who had them then; before the first coach, the first coach
                        select p.client_id, p.day, p.staff, coalesce(h.coach_staff_id, f.coach_staff_id) as coach
                        from phase p
                        left join lateral (select h.coach_staff_id from clients_facts_coach_history h
                                           where h.client_id = p.client_id and h.from_on <= p.day
                                           order by h.from_on desc, h.ordinal desc limit 1) h on true
                        left join lateral (select f.coach_staff_id from clients_facts_coach_history f
                                           where f.client_id = p.client_id order by f.ordinal limit 1) f on true
                    )
                    -- another person is another staff member: an administrator or the import's operator is no one's phase
                    select c.id, max(p.day), bool_and(p.staff is null or p.staff = coalesce(p.coach, c.coach_staff_id))
                    from team_client c join phase_coach p on p.client_id = c.id
                    group by c.id order by max(p.day), c.id"""),
            Map.entry("O6", """
                    select r.client_id, r.referred_on,
                           r.end_reason is distinct from 'UNREACHABLE' or r.ended_on > :to
                    from clients_facts_referral r join clients_facts_client cl on cl.client_id = r.client_id
                    where cl.ips_team_id = :team and r.referred_on between :from and :to
                    order by r.referred_on, r.client_id"""),
            Map.entry("V14", """
                    select r.client_id, r.referred_on,
                           exists (select 1 from clients_facts_outreach_attempt o
                                   where o.referral_id = r.referral_id and o.attempted_on <= :to)
                    from clients_facts_referral r join clients_facts_client cl on cl.client_id = r.client_id
                    where cl.ips_team_id = :team and r.referred_on between :from and :to
                      and not exists (select 1 from consent_facts_every_enrolment a
                                      where a.client_id = r.client_id and a.enrolled_on <= :to
                                        and (a.until_on is null or a.until_on > r.referred_on))
                    order by r.referred_on, r.client_id"""),
            Map.entry("V3", """
                    with work as (
                        select cl.client_id as id,
                               (select min(m.met_on) from planning_facts_profile_meeting m
                                where m.client_id = cl.client_id) as first_meeting,
                               (select min(p.saved_on) from planning_facts_profile_saved p
                                where p.client_id = cl.client_id) as profiled_on
                        from clients_facts_client cl where cl.ips_team_id = :team
                    )
                    select w.id, w.profiled_on,
                           coalesce(w.profiled_on <= :to
                                    and (select count(*) from planning_facts_profile_meeting m
                                         where m.client_id = w.id and m.met_on <= w.profiled_on) <= :meetings, false)
                    from work w
                    where least(w.first_meeting, w.profiled_on) between :from and :to
                    order by least(w.first_meeting, w.profiled_on), w.id"""),
            // the outcome report's cohort (enrolled in the period) with each client's first face-to-face contact
            Map.entry("V4", """
                    select f.client_id, f.contacted_on, null::boolean
                    from employers_facts_first_face_to_face_contact f
                    join clients_facts_client cl on cl.client_id = f.client_id
                    where cl.ips_team_id = :team and f.enrolled_on between :from and :to
                    order by f.enrolled_on, f.client_id"""),
            // sql-reviewed: PLACEMENT is a constant common table expression, values are parameters
            Map.entry("V8", "with " + PLACEMENT + """
                    select client_id, started_on, null::boolean from placement where job_type is not null
                    order by started_on, client_id"""),
            // sql-reviewed: PLACEMENT is a constant common table expression, values are parameters
            Map.entry("V9", "with " + PLACEMENT + """
                    select client_id, started_on, null::boolean from placement order by started_on, client_id"""),
            // sql-reviewed: PLACEMENT is a constant common table expression, values are parameters
            Map.entry("V10", "with " + PLACEMENT + """
                    select client_id, started_on, competitive from placement order by started_on, client_id"""),
            // sql-reviewed: CASELOAD is a constant common table expression, values are parameters
            Map.entry("V2", CASELOAD + """
                    select c.id, d.last_on, coalesce(d.discussed, false) and not coalesce(d.revisit_missed, false)
                    from caseload c
                    left join lateral (
                        select max(x.discussed_on) as last_on, bool_or(x.pros_and_cons) as discussed,
                               -- a revisit day of the period is kept by a later discussion on or before it
                               bool_or(x.revisit_on between :from and :to
                                       and not exists (select 1 from planning_facts_disclosure_discussion l
                                                       where l.client_id = x.client_id
                                                         and l.discussed_on > x.discussed_on
                                                         and l.discussed_on <= x.revisit_on)) as revisit_missed
                        from planning_facts_disclosure_discussion x
                        where x.client_id = c.id and x.discussed_on <= :to) d on true
                    where exists (select 1 from planning_facts_profile_saved p where p.client_id = c.id and p.saved_on <= :to)
                       or exists (select 1 from jobs_facts_job j where j.client_id = c.id and j.started_on <= :to)
                    order by d.last_on nulls first, c.id"""),
            Map.entry("O3", """
                    select a.client_id, a.contacted_on, null::boolean
                    from meetings_facts_agency_contact a join clients_facts_client cl on cl.client_id = a.client_id
                    where cl.ips_team_id = :team and a.contacted_on between :from and :to
                    order by a.contacted_on, a.client_id"""),
            Map.entry("V11", """
                    select s.client_id, s.contacted_on, null::boolean
                    from support_facts_contact s join clients_facts_client cl on cl.client_id = s.client_id
                    where cl.ips_team_id = :team and s.contacted_on between :from and :to
                    order by s.contacted_on, s.client_id"""),
            Map.entry("V12", """
                    select d.client_id, d.due_on, d.met from support_facts_due d join clients_facts_client cl on cl.client_id = d.client_id
                    where cl.ips_team_id = :team and not d.cancelled and d.due_on between :from and :to
                    order by d.due_on, d.client_id"""));

    private final JdbcClient jdbc;
    private final Outcomes outcomes;
    private final CoachTime coachTime;
    private final Organisation organisation;

    PreScoring(JdbcClient jdbc, Outcomes outcomes, CoachTime coachTime, Organisation organisation) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.coachTime = coachTime;
        this.organisation = organisation;
    }

    /** The team's clients, jobs and follow-along over the period, counted once for all rules. */
    record TeamCounts(int caseload, int fromOwnCareTeams, int competitivePlacements, int placements, int employers,
            int jobTypes, int placementsWithJobType, int supportMet, int supportDue, int agencyMeetings,
            int agencyContacts) {
    }

    /**
     * Items scored on cut points of the IPS model rather than of the scale's data: O3's anchors name two measures
     * (monthly meetings, weekly client contacts), which one row of limits cannot hold; O8 counts the elements of
     * executive support that the steering group's meetings show (decision 0084).
     */
    private static final Set<String> SCORED_ON_THE_MODEL = Set.of("O3", "O8");

    /** Items whose figures are shown as evidence without a proposed score: the scale needs the reviewers' judgement. */
    private static final Set<String> EVIDENCE_ONLY = Set.of("O2", "O4", "O5", "V7", "V11");

    /**
     * The proposal of every item Placera can pre-score on this scale, and for the items that need judgement the
     * figures the records give, as a proposal without a score.
     */
    Map<String, Proposal> proposals(Scale scale, UUID team, LocalDate from, LocalDate to) {
        Map<String, Function<Cuts, Optional<Proposal>>> rules = rules(team, from, to);
        Map<String, Proposal> proposals = new HashMap<>();
        for (Item item : scale.items()) {
            if (scores(item) && rules.containsKey(item.code())) {
                rules.get(item.code()).apply(item.cuts()).ifPresent(proposal -> proposals.put(item.code(), proposal));
            }
        }
        evidence(team, from, to).forEach((code, figures) -> {
            if (scale.items().stream().anyMatch(item -> item.code().equals(code))) {
                proposals.put(code, Proposal.evidence(figures));
            }
        });
        return proposals;
    }

    /** Whether Placera pre-scores this item of a scale (or, for an evidence item, shows its figures). */
    static boolean scores(Item item) {
        return item.cuts() != null || SCORED_ON_THE_MODEL.contains(item.code()) || EVIDENCE_ONLY.contains(item.code());
    }

    private Map<String, Function<Cuts, Optional<Proposal>>> rules(UUID team, LocalDate from, LocalDate to) {
        List<TeamCoach> coaches = organisation.membersOf(team, TeamRole.COACH);
        BigDecimal fte = coaches.stream().map(TeamCoach::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        CoachTime.Shares time = coachTime.sharesOf(coaches.stream().map(TeamCoach::staffMemberId).toList(),
                CoachTime.mondayOf(from), to);
        Outcome outcome = outcomes.of(Scope.team(team), from, to);
        TeamCounts counts = counts(team, from, to);
        return Map.ofEntries(
                Map.entry("S1", cuts -> PreScores.caseload(counts.caseload(), fte, cuts)),
                Map.entry("S2", cuts -> PreScores.employmentTime(time.totalHours(), time.employmentShare(), cuts)),
                Map.entry("O1", cuts -> PreScores.ownCareTeams(counts.fromOwnCareTeams(), counts.caseload(), cuts)),
                Map.entry("V4", cuts -> PreScores.daysToFirstEmployerContact(outcome.daysToFirstEmployerContactMean(),
                        outcome.enrolled(), cuts)),
                Map.entry("V5", cuts -> PreScores.preferenceMatch(outcome.contactsFollowingClientPreference(),
                        outcome.contactsWithClientPreference(), cuts)),
                Map.entry("V6", cuts -> PreScores.employerContactsPerCoachWeek(outcome.employerContacts(),
                        outcome.coaches(), days(from, to), cuts)),
                Map.entry("V8", cuts -> PreScores.diverseJobTypes(counts.jobTypes(), counts.placementsWithJobType(),
                        cuts)),
                Map.entry("V9", cuts -> PreScores.diverseEmployers(counts.employers(), counts.placements(), cuts)),
                Map.entry("V10", cuts -> PreScores.competitiveJobs(counts.competitivePlacements(), counts.placements(),
                        cuts)),
                Map.entry("V12", cuts -> PreScores.followAlongOnTime(counts.supportMet(), counts.supportDue(), cuts)),
                Map.entry("V13", cuts -> PreScores.communityTime(time.totalHours(), time.communityShare(), cuts)),
                Map.entry("S3", cuts -> share(records("S3", team, from, to), PreScores::generalists, cuts)),
                Map.entry("O6", cuts -> share(records("O6", team, from, to), PreScores::zeroExclusion, cuts)),
                Map.entry("V1", cuts -> share(records("V1", team, from, to), PreScores::benefitsCounselling, cuts)),
                Map.entry("V3", cuts -> share(records("V3", team, from, to), PreScores::profileInTime, cuts)),
                Map.entry("V14", cuts -> share(records("V14", team, from, to), PreScores::outreach, cuts)),
                Map.entry("V2", cuts -> share(records("V2", team, from, to), PreScores::disclosureDiscussed, cuts)),
                Map.entry("O3", cuts -> PreScores.agencyCollaboration(counts.agencyMeetings(),
                        counts.agencyContacts(), days(from, to))),
                Map.entry("O8", cuts -> Optional.of(PreScores.executiveSupport(steeringMeetings(team, from, to), from,
                        to))));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The figures the records give for the items that need the reviewers' judgement (decision 0072), none for an
     * item without records in the period: O2 the team's coaches' care-team meetings attended of those held, O4
     * the coaches' FTE, weekly team meetings and group supervisions held and the period's weeks, O5 coaches and
     * leaders, V7 employers met face to face more than
     * once of those met so, V11 follow-along contacts, the kinds of people met, and of them those with the employer
     * and on the job.
     */
    Map<String, List<BigDecimal>> evidence(UUID team, LocalDate from, LocalDate to) {
        List<TeamCoach> coaches = organisation.membersOf(team, TeamRole.COACH);
        int leaders = organisation.membersOf(team, TeamRole.TEAM_LEADER).size();
        BigDecimal fte = coaches.stream().map(TeamCoach::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        EvidenceCounts counts = evidenceCounts(team, from, to);
        long days = days(from, to);
        Map<String, List<BigDecimal>> figures = new HashMap<>();
        if (counts.careTeamMeetings() > 0) {
            figures.put("O2", PreScores.share(counts.careTeamMeetingsAttended(), counts.careTeamMeetings()));
        }
        figures.put("O4", List.of(fte, BigDecimal.valueOf(counts.teamMeetings()),
                BigDecimal.valueOf(counts.groupSupervisions()), PreScores.weeks(days)));
        if (leaders > 0) {
            figures.put("O5", List.of(BigDecimal.valueOf(coaches.size()), BigDecimal.valueOf(leaders),
                    PreScores.ratio(coaches.size(), leaders)));
        }
        if (counts.employersMet() > 0) {
            figures.put("V7", PreScores.share(counts.employersMetAgain(), counts.employersMet()));
        }
        if (counts.supportContacts() > 0) {
            figures.put("V11", List.of(BigDecimal.valueOf(counts.supportContacts()),
                    BigDecimal.valueOf(counts.supportKinds()), BigDecimal.valueOf(counts.supportWithEmployer()),
                    BigDecimal.valueOf(counts.supportOnTheJob())));
        }
        return figures;
    }

    /** What the records of the period give for the evidence items. */
    record EvidenceCounts(int careTeamMeetingsAttended, int careTeamMeetings, int teamMeetings, int groupSupervisions,
            int employersMetAgain, int employersMet, int supportContacts, int supportKinds,
            int supportWithEmployer, int supportOnTheJob) {
    }

    private EvidenceCounts evidenceCounts(UUID team, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with coach as (
                            select staff_member_id from organisation_facts_team_member
                            where ips_team_id = :team and team_role = 'COACH'
                        ), care as (
                            select t.coach_attended from meetings_facts_care_team_meeting t
                            where t.coach_staff_id in (select staff_member_id from coach) and t.held_on between :from and :to
                        ), own as (
                            select kind from meetings_facts_team_meeting where ips_team_id = :team and held_on between :from and :to
                        ), visit as (
                            select e.employer_id, count(*) as visits from employers_facts_contact e
                            where e.face_to_face and e.coach_staff_id in (select staff_member_id from coach)
                              and e.contacted_on between :from and :to
                            group by e.employer_id
                        ), support as (
                            select s.with_whom, s.on_the_job from support_facts_contact s
                            join clients_facts_client cl on cl.client_id = s.client_id
                            where cl.ips_team_id = :team and s.contacted_on between :from and :to
                        )
                        select (select count(*) from care where coach_attended), (select count(*) from care),
                               (select count(*) from own where kind = 'TEAM_WEEKLY'),
                               (select count(*) from own where kind = 'GROUP_SUPERVISION'),
                               (select count(*) from visit where visits > 1), (select count(*) from visit),
                               (select count(*) from support),
                               (select count(distinct w) from support, unnest(with_whom) w),
                               (select count(*) from support where 'EMPLOYER' = any(with_whom)),
                               (select count(*) from support where on_the_job)""")
                .param("team", team)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new EvidenceCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
                .single();
    }

    /**
     * The days the team's steering group met in the period: the group of its area or its own (the steering module's
     * published fact), and the steering-group meetings recorded as the team's own meetings before the groups existed.
     */
    private List<LocalDate> steeringMeetings(UUID team, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select held_on from steering_facts_meeting where ips_team_id = :team and held_on between :from and :to
                        union
                        select held_on from meetings_facts_team_meeting
                        where ips_team_id = :team and kind = 'STEERING_GROUP' and held_on between :from and :to
                        order by 1""")
                .param("team", team)
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list();
    }

    /** A share rule applied to the records behind it, so that the figure and the list of records agree. */
    interface ShareRule {
        Optional<Proposal> score(int part, int whole, Cuts cuts);
    }

    private static Optional<Proposal> share(List<EvidenceRecord> records, ShareRule rule, Cuts cuts) {
        int counted = (int) records.stream().filter(record -> Boolean.TRUE.equals(record.counted())).count();
        return rule.score(counted, records.size(), cuts);
    }

    /** Whether the item's figures are counted from client records that {@link #records} can list. */
    static boolean listsRecords(String code) {
        return RECORDS.containsKey(code);
    }

    /**
     * The client records behind an item over the period, as they stand now, ordered by day: the caseload (S1, O1,
     * V1), the clients with phase records (S3), the referrals (O6, V14), the clients whose profile work began
     * (V3), the clients enrolled in the period with their first face-to-face employer contact (V4), the placements (V8, V9, V10) and the follow-along contacts due (V12). Each selects the client, a day
     * and whether the record counts towards the share, exactly as {@link #counts} and the rules count them.
     */
    List<EvidenceRecord> records(String code, UUID team, LocalDate from, LocalDate to) {
        String sql = RECORDS.get(code);
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql)
                .param("team", team)
                .param("from", from)
                .param("to", to)
                .param("meetings", VocationalProfiles.MEETINGS_AIMED_AT)
                .query((rs, row) -> new EvidenceRecord(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, Boolean.class)))
                .list();
    }


    /**
     * The caseload on the period's last day ({@link #CASELOAD}), those of it referred by a care team their coach
     * belongs to (O1, as on the team view), the period's placements ({@link #PLACEMENT}) with their different
     * employers and job types, and the follow-along contacts due in the period and not cancelled.
     */
    TeamCounts counts(UUID team, LocalDate from, LocalDate to) {
        // sql-reviewed: CASELOAD and PLACEMENT are constant common table expressions the records pages list too
        return jdbc.sql(CASELOAD + ", " + PLACEMENT + """
                        , due as (
                            select d.met from support_facts_due d join clients_facts_client cl on cl.client_id = d.client_id
                            where cl.ips_team_id = :team and not d.cancelled and d.due_on between :from and :to
                        )
                        select (select count(*) from caseload),
                               (select count(*) from caseload c join organisation_facts_care_team_member ct
                                  on ct.staff_member_id = c.coach_staff_id and ct.care_team_id = c.care_team_id),
                               (select count(*) from placement where competitive),
                               (select count(*) from placement),
                               (select count(distinct employer_id) from placement),
                               (select count(distinct job_type) from placement),
                               (select count(job_type) from placement),
                               (select count(*) from due where met),
                               (select count(*) from due),
                               (select count(*) from meetings_facts_agency_meeting m
                                where m.ips_team_id = :team and m.held_on between :from and :to),
                               (select count(*) from meetings_facts_agency_contact a
                                join clients_facts_client cl on cl.client_id = a.client_id
                                where cl.ips_team_id = :team and a.contacted_on between :from and :to)""")
                .param("team", team)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new TeamCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
                .single();
    }
}

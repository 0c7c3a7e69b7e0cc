package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews.Cuts;
import fi.placera.fidelity.FidelityReviews.Item;
import fi.placera.fidelity.FidelityReviews.Scale;
import fi.placera.fidelity.internal.PreScores.Proposal;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.worktime.CoachTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers a team's figures for a review period and proposes a score for every item of the scale that has cut
 * points and a rule here. The figures about jobs and employer contacts come from the outcome report, so that a
 * fidelity review and the outcome report never disagree; time shares come from the coaches' recorded time.
 */
@Component
class PreScoring {

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
    record TeamCounts(int caseload, int fromOwnCareTeams, int competitiveJobStarts, int jobStarts, int employers,
            int occupations, int jobStartsWithOccupation, int supportMet, int supportDue) {
    }

    Map<String, Proposal> proposals(Scale scale, UUID team, LocalDate from, LocalDate to) {
        Map<String, Function<Cuts, Optional<Proposal>>> rules = rules(team, from, to);
        Map<String, Proposal> proposals = new HashMap<>();
        for (Item item : scale.items()) {
            if (item.cuts() != null && rules.containsKey(item.code())) {
                rules.get(item.code()).apply(item.cuts()).ifPresent(proposal -> proposals.put(item.code(), proposal));
            }
        }
        return proposals;
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
                Map.entry("V5", cuts -> PreScores.preferenceMatch(outcome.contactsClientPreferenceShare(), cuts)),
                Map.entry("V6", cuts -> PreScores.employerContactsPerCoachWeek(outcome.employerContactsPerCoachWeek(),
                        cuts)),
                Map.entry("V8", cuts -> PreScores.diverseJobTypes(counts.occupations(), counts.jobStartsWithOccupation(),
                        cuts)),
                Map.entry("V9", cuts -> PreScores.diverseEmployers(counts.employers(), counts.jobStarts(), cuts)),
                Map.entry("V10", cuts -> PreScores.competitiveJobs(counts.competitiveJobStarts(), counts.jobStarts(),
                        cuts)),
                Map.entry("V12", cuts -> PreScores.followAlongOnTime(counts.supportMet(), counts.supportDue(), cuts)),
                Map.entry("V13", cuts -> PreScores.communityTime(time.totalHours(), time.communityShare(), cuts)));
    }

    /**
     * The caseload on the period's last day (the team's clients with a coach, referred or enrolled by then and not
     * out of service), those of it referred by a care team their coach belongs to (O1, as on the team view), the
     * period's job starts with their different employers and occupations, and the follow-along contacts due in the period and not cancelled.
     */
    TeamCounts counts(UUID team, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with caseload as (
                            select cl.id, cl.coach_staff_id, r.care_team_id
                            from client cl
                            left join cooperation_agreement a on a.client_id = cl.id
                            left join referral r on r.client_id = cl.id
                            where cl.ips_team_id = :team and cl.coach_staff_id is not null
                              and coalesce(a.agreed_on, r.referred_on, :to) <= :to
                              and not exists (select 1 from service_end e where e.client_id = cl.id and e.ended_on <= :to
                                                and (e.reentered_on is null or e.reentered_on > :to))
                        ), team_job as (
                            select j.competitive, j.employer_id, j.occupation_code from job j join client cl on cl.id = j.client_id
                            where cl.ips_team_id = :team and j.started_on between :from and :to
                        ), due as (
                            select d.met from support_due_status d join client cl on cl.id = d.client_id
                            where cl.ips_team_id = :team and not d.cancelled and d.due_on between :from and :to
                        )
                        select (select count(*) from caseload),
                               (select count(*) from caseload c join care_team_membership ct
                                  on ct.staff_member_id = c.coach_staff_id and ct.care_team_id = c.care_team_id),
                               (select count(*) from team_job where competitive),
                               (select count(*) from team_job),
                               (select count(distinct employer_id) from team_job),
                               (select count(distinct occupation_code) from team_job),
                               (select count(occupation_code) from team_job),
                               (select count(*) from due where met),
                               (select count(*) from due)""")
                .param("team", team)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new TeamCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .single();
    }
}

/**
 * Clients: the registry of job seekers of a welfare area, with the personal identity code validated
 * exactly as issued, their referral, enrolment, the coach's caseload within its limit and the end of the service.
 * Every read of a client goes through {@link fi.placera.identity.AccessDecisions}, which decides and logs it. The
 * client's record page shows the sections of {@code consent} and {@code planning}, whose own controllers post to it
 * and show it again through {@link fi.placera.identity.ClientRecords}, which this module implements (decision 0050).
 *
 * <p>Public API: {@link fi.placera.clients.PersonalIdentityCode}, and {@link fi.placera.clients.ClientDirectory} for
 * other modules that need to know a client the user may see; {@link fi.placera.clients.EmployerContactFacts}
 * is implemented by {@code employers} so that "my week" can show the coach's contacts, and {@link
 * fi.placera.clients.CoachTasks} and {@link fi.placera.clients.TimelineEntries} by modules that put tasks on the
 * coach's week or entries on the record timeline (jobs, support); {@link fi.placera.clients.UrgentTasks} by modules
 * that put an urgent task at the top of a coach's or team leader's week (evaluation: safety alerts); {@link
 * fi.placera.clients.PlanComments} by {@code portal}, whose client comments and the team's replies the plan part
 * shows (decision 0066); {@link fi.placera.clients.ClientIntake} registers
 * clients who move in from a team's earlier tracker ({@code imports}). Depends on {@code identity}
 * (access decisions, the signed-in user), {@code organisation} (teams), {@code audit} (access actions),
 * {@code consent} and {@code planning} (their sections of the record page, the timeline and "my week").
 *
 * <p>The coach: the team leader assigns and hands over ({@code internal.CoachAssignments}, with the coach history);
 * a person referred when no coach of the team has room waits on the team's list ({@code internal.WaitingList});
 * every client in service has a coach or waits (decision 0069).
 *
 * <p>The care team's workspace (decision 0083): a care-team member's patients in IPS, each row a logged read of what
 * the client shares with the care team ({@code internal.CareTeamPatients}), and the care team's electronic referral to
 * the waiting list of an IPS team it works with ({@code internal.CareTeamReferrals}). It reads the consents through
 * consent_facts_care_team_share(day) and the next appointment through meetings_facts_appointment.
 *
 * <p>Coming back and moving: a client whose referral or service ended is referred again as a new episode
 * ({@code internal.Referrals#referAgain}, decision 0074); a team's leader proposes moving a client to another team of
 * the area and that team's leader accepts with a coach ({@code internal.TeamTransfers}, decision 0075); with the
 * client's consent a leader hands the client over to another welfare area, whose new client gets the summary only
 * and waits on the named team's list ({@code internal.AreaHandovers}, decision 0082).
 *
 * <p>The rules of "my week" (phase, what falls due, the rapid-search warning) are {@code internal.CoachWeek}'s; the
 * caseload limit counts a coach's FTE in all their teams (decision 0056).
 *
 * <p>Published facts (SQL views, decision 0049): clients_facts_client, clients_facts_episode (one row per episode:
 * its enrolment, its exit, the day the next episode began, decision 0074; its number and its own coach, decision 0082), clients_facts_referred_again, clients_facts_phase (the one definition of a client's phase, decision 0056) and
 * clients_facts_phase_on(day) (the same, "enrolled" continued through working and follow-along support; decision
 * 0062), clients_facts_referral,
 * clients_facts_outreach_attempt, clients_facts_service_end, clients_facts_caseload, clients_facts_preferred_language,
 * clients_facts_coach_history, clients_facts_in_service and clients_facts_wait (decision 0069),
 * and clients_facts_identity_code for the research extract alone. The clients list finds a client by
 * the tracker's reference through imports_facts_client_ref (decision 0058).
 *
 * <p>clients_facts_episode and clients_facts_phase are kept as tables, refreshed by triggers in the transaction that
 * changes a client, referral, service end, coach assignment or (consent's trigger, through
 * clients_facts_refresh(clients)) cooperation agreement; their definitions stay as the views
 * clients_facts_episode_of_records and clients_facts_phase_of_records, and {@code placera verify-facts} compares the
 * two (decision 0087).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "consent", "identity", "organisation", "planning", "platform"})
package fi.placera.clients;

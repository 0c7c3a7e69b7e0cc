/**
 * Meetings around the client and the team: the care team's weekly meeting that the coach attends (fidelity
 * O2) with the clients discussed — a client is discussed only with their consent to share with that care
 * team; the IPS team's own meetings (the weekly meeting with an agenda built from the caseloads, group
 * supervision, scheduled meetings with employment services and Kela — O3, O4; the steering group's meetings recorded
 * here before the steering module kept them, decision 0084 — O8),
 * which never overlap within a team; and client-related contacts with employment services and Kela, made
 * only with the client's consent to share with that agency; and the coach's meetings with the client — notes of
 * meetings held and appointments booked, shown on the client's record, on the coach's week as an agenda
 * ({@link fi.placera.clients.WeekAgenda}), on the client's own pages and in the coach's calendar file (decision 0061).
 * A team meeting's action is owned by a member of the team and comes on that person's week
 * ({@link fi.placera.clients.CoachTasks}, decision 0065). A meeting note recorded by mistake is voided by who recorded
 * it or the client's team leader, with a reason kept in {@code audit}'s record history (decision 0076).
 *
 * <p>Public API: {@link fi.placera.meetings.CareTeamMeetings}, {@link fi.placera.meetings.TeamMeetings},
 * {@link fi.placera.meetings.AgencyContacts}, {@link fi.placera.meetings.ClientMeetings}. Depends on {@code audit} (the action a write is logged as), {@code identity} (the consent lookup), {@code consent},
 * {@code clients} (its pages find clients through the access decision), {@code organisation}, {@code employers}
 * (job leads shared in a meeting), {@code reporting} (the weekly meeting's agenda) and {@code notifications} (the
 * client's reminder of an appointment).
 *
 * <p>Published facts (SQL views, decision 0049): meetings_facts_care_team_meeting, meetings_facts_agency_meeting,
 * meetings_facts_agency_contact, meetings_facts_meeting_day (the day a meeting was held),
 * meetings_facts_client_meeting (the meetings with the client, voided notes left out: day, mode, face to face, in
 * the community),
 * meetings_facts_team_meeting (the team's own meetings by kind: fidelity O4, O8), meetings_facts_appointment (the
 * appointments not cancelled: the care team's workspace shows the next one).
 *
 * <p>The care team's side of its weekly meeting (decision 0083): its members see their care teams' meetings held, a
 * patient discussed only while sharing the service record with the care team, and add items to the next meeting's
 * agenda ({@code care_team_agenda_item}), which the coaches attached to the care team see on their meetings page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "consent", "employers", "identity", "notifications", "organisation", "platform",
        "reporting"})
package fi.placera.meetings;

/**
 * Meetings around the client: so far the care team's weekly meeting that the coach attends (fidelity O2),
 * with the clients discussed. A client is discussed only with their consent to share with that care team.
 *
 * <p>Public API: {@link fi.placera.meetings.CareTeamMeetings}. Depends on {@code identity} (the consent
 * lookup) and {@code clients} (its page finds the clients through the access decision).
 */
package fi.placera.meetings;

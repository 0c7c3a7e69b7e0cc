/**
 * Steering groups (issue 27 §2, decision 0084): the group that steers IPS in a welfare area, or in one IPS team of it,
 * with its members — the area's managers and team leaders, and named outside members (employment services,
 * occupational health, a client representative) who have no account —, its cadence, and its meetings: an agenda
 * built from the area's figures as they are shown outside a team (the manager's area view, decision 0081) and the
 * actions still open, the decisions made, and actions with an owner among the members and a due day that come back
 * on every agenda until done. The area's managers and team leaders take part in Placera; nobody else sees a group.
 * Nothing here is about a client.
 *
 * <p>Public API: {@link fi.placera.steering.SteeringGroups} with its value types. Depends on {@code platform},
 * {@code identity} (who is signed in), {@code organisation} (the area's teams and staff) and {@code evaluation}'s area
 * view (the agenda's figures, with the types of {@code reporting} and {@code fidelity} it is made of).
 *
 * <p>Published facts (SQL views, decision 0049): steering_facts_meeting (the days each IPS team's steering group met,
 * its area's and its own: fidelity O8).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "evaluation :: area-view", "fidelity", "identity", "organisation", "platform", "reporting"})
package fi.placera.steering;

/**
 * Portal: the client's (job seeker's) own pages under {@code /me}, phone-first and in plain language — their goals
 * and action plan (with comments the coach sees), what is coming up (the next check of the plan, benefits counselling,
 * questionnaires), the questionnaires due (evaluation follow-ups, answered on the one-time answer page), their coach
 * and jobs,
 * their vocational profile, their consents (withdrawn at once, the coach sees it), and who has read or received their
 * data in the last two years from the access log — and the workflow of rights requests under GDPR articles 15-18
 * (a copy of the data as JSON and PDF generated from the schema, rectification, restriction with the area's designated
 * role, erasure by a rule for every client table once the service has ended) with a state,
 * a one-month deadline and a queue for the area's team leaders.
 *
 * <p>A client reaches only their own data: the client is always the one linked to the signed-in account
 * ({@link fi.placera.identity.ClientAccounts}), never one named in a request; an id of another client's record is a
 * 404 and a DENIED row in the access log. Implements {@link fi.placera.identity.ProcessingRestrictions} (a
 * restricted record is refused to all but the designated role) and {@link fi.placera.clients.TimelineEntries}.
 * Depends on {@code identity}, {@code clients}, {@code consent}, {@code planning}, {@code jobs},
 * {@code organisation}, {@code evaluation}, {@code meetings} (the client's appointments), {@code notifications} (a new
 * rights request to its handlers) and {@code audit}; no module depends on it. The data export reads every table with a
 * {@code client_id} column with read-only SQL, as reporting does; the erasure deletes, by the same discovery, the
 * rows of the tables {@link fi.placera.portal.internal.ErasureRules} says may go (docs/decisions/0025).
 *
 * <p>Published facts (SQL views, decision 0049): portal_facts_restricted_client.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "consent", "evaluation", "identity", "jobs", "meetings", "notifications",
        "organisation", "planning", "platform"})
package fi.placera.portal;

/**
 * Follow-along support (fidelity V12): time-unlimited support on and off the job. A job start proposes a
 * schedule of support contacts, a job end makes a contact due within three days; support contacts are
 * recorded with whom (client, employer, work community, care team, family) and natural supports noticed;
 * the schedule is adjusted by moving or cancelling dues with a reason, and tapering is a recorded decision.
 *
 * <p>Public API: {@link fi.placera.support.FollowAlongSupport} and its value types. Listens to {@code jobs}
 * events, inside the job's transaction (decision 0051); depends on {@code clients} (its page finds the client through
 * the access decision), {@code identity} and {@code audit} (the signed-in user, access actions) and gives
 * "my week" its support tasks through {@link fi.placera.clients.CoachTasks}.
 *
 * <p>After the first year the support goes on, a contact computed from the records, until the client ends it
 * (decision 0073).
 *
 * <p>A support contact recorded wrong is corrected, one recorded by mistake voided, by who recorded it or the client's
 * team leader, with a reason; the values replaced stay in {@code audit}'s record history, and a voided contact meets no
 * due and leaves the facts (decision 0076).
 *
 * <p>Published facts (SQL views, decision 0049): support_facts_due, support_facts_contact (voided contacts left out).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "identity", "jobs", "platform"})
package fi.placera.support;

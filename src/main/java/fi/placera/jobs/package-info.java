/**
 * Jobs: clients' competitive employment periods — employer, title, start and end, hours, wage basis,
 * contract — and their studies, kept apart. A job start makes benefits counselling due (through
 * {@code planning}) and publishes {@link fi.placera.jobs.JobStarted} for follow-along support; a change of hours
 * or pay makes counselling due too and publishes {@link fi.placera.jobs.JobTermsChanged} (no module reacts to it yet);
 * a job end publishes {@link fi.placera.jobs.JobEnded} (a contact with the client is due within three days). The
 * reactions run in the transaction of the change (decision 0051).
 *
 * <p>Public API: {@link fi.placera.jobs.Jobs}, its value types and the events. Depends on {@code employers}
 * (the employer of a job), {@code planning}, {@code consent}, {@code clients} (its pages find the client
 * through the access decision), {@code identity} and {@code audit} (the signed-in user, access actions). Callers of the API check the user's access to the client first.
 *
 * <p>A job recorded wrong is corrected, one recorded by mistake voided, by who recorded it or the client's team leader,
 * with a reason; the values replaced stay in {@code audit}'s record history, and a voided job leaves
 * {@code jobs_facts_job} and so every figure (decision 0070).
 *
 * <p>Published facts (SQL views, decision 0049): jobs_facts_job (voided jobs left out).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "consent", "employers", "identity", "planning", "platform"})
package fi.placera.jobs;

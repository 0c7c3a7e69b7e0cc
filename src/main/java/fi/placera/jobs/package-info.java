/**
 * Jobs: clients' competitive employment periods — employer, title, start and end, hours, wage basis,
 * contract — and their studies, kept apart. A job start makes benefits counselling due (through
 * {@code planning}) and publishes {@link fi.placera.jobs.JobStarted} for follow-along support; a change of hours
 * or pay does the same with {@link fi.placera.jobs.JobTermsChanged}; a job end publishes
 * {@link fi.placera.jobs.JobEnded} (a contact with the client is due within three days).
 *
 * <p>Public API: {@link fi.placera.jobs.Jobs}, its value types and the events. Depends on {@code employers}
 * (the employer of a job), {@code planning}, {@code consent} and {@code clients} (its pages find the client
 * through the access decision). Callers of the API check the user's access to the client first.
 *
 * <p>Published facts (SQL views, decision 0049): jobs_facts_job.
 */
package fi.placera.jobs;

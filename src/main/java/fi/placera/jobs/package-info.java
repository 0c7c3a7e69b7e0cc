/**
 * Jobs: clients' competitive employment periods — employer, title, start and end, hours, wage basis,
 * contract — and their studies, kept apart. A job start publishes {@link fi.placera.jobs.JobStarted} (benefits
 * counselling and follow-along support fall due); a job end publishes {@link fi.placera.jobs.JobEnded}.
 *
 * <p>Public API: {@link fi.placera.jobs.Jobs}, its value types and the events. Depends on {@code employers}
 * (the employer of a job). Callers check the user's access to the client before calling it.
 */
package fi.placera.jobs;

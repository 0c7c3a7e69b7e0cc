/**
 * Consent: the client's cooperation agreement with the IPS service and their consents to exchange
 * information, per party and per kind of information, with validity and withdrawal. Implements
 * {@link fi.placera.identity.ConsentLookup}, so every access decision reads the consents as they are now.
 *
 * <p>Public API: {@link fi.placera.consent.Consents} and its value types. Depends on {@code identity} (and
 * {@code audit} for the access actions of its pages). Callers check the user's access to the client before calling
 * it; its own pages and API ({@code consent.web}) find the client through {@link fi.placera.identity.ClientRecords}. A consent to an employer names the employer record;
 * {@link fi.placera.consent.EmployerParties} is implemented by {@code employers}, which depends on this module
 * (decision 0037). A consent to another welfare area names the area by its id (decision 0082).
 *
 * <p>A consent recorded by mistake is voided (never a withdrawal, which is the client's act) by who recorded it or the
 * client's team leader ({@link fi.placera.identity.ClientRecords#checkMayRevise}), with a reason kept in {@code audit}'s
 * record history; it is never in force again (decision 0076).
 *
 * <p>Published facts (SQL views, decision 0049): consent_facts_enrolment (enrolment is the cooperation agreement's
 * day; the current episode's, decision 0074), consent_facts_every_enrolment (one per episode), consent_facts_in_force(day), consent_facts_consent_kind (what a consent is about), consent_facts_care_team_share(day) (the kinds
 * shared with each care team on a day: the care team's workspace, decision 0083), consent_facts_expiring
 * (the last day of a consent not continued by another: "my week" brings it back, decision 0062). A change of a
 * cooperation agreement refreshes the client's kept episode and phase facts in its transaction (decision 0087).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "platform"})
package fi.placera.consent;

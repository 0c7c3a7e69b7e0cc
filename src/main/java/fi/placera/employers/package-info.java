/**
 * Employers, IPS's second client group: the registry of a welfare area's employers (shared by its IPS
 * teams), employer contacts with the weekly count against the target of six face-to-face contacts (fidelity
 * V6) and the first face-to-face contact about a client (V4), and what employers and coaches agree.
 *
 * <p>Public API: {@link fi.placera.employers.Employers}, {@link fi.placera.employers.EmployerContacts},
 * {@link fi.placera.employers.BusinessId} and their value types. Depends on {@code clients} (a contact
 * about a client goes through the access decision), {@code organisation} (coaches of a team).
 */
package fi.placera.employers;

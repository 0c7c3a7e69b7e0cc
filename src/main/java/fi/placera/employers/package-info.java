/**
 * Employers, IPS's second client group: the registry of a welfare area's employers (shared by its IPS
 * teams), employer contacts with the weekly count against the target of six face-to-face contacts (fidelity
 * V6) and the first face-to-face contact about a client (V4), and what employers and coaches agree.
 *
 * A record naming a client tells the employer about them: it needs the cooperation agreement and the client's
 * consent to that employer (kind EMPLOYMENT) on its day, and is logged as a disclosure (decision 0037).
 *
 * <p>Public API: {@link fi.placera.employers.Employers}, {@link fi.placera.employers.EmployerContacts},
 * {@link fi.placera.employers.BusinessId} and their value types. Depends on {@code clients} (a contact
 * about a client goes through the access decision), {@code organisation} (coaches of a team), {@code consent} (the
 * employer consents; implements {@link fi.placera.consent.EmployerParties}), {@code identity} (the disclosure row),
 * {@code planning} (the client's disclosure preference on the contact form) and {@code audit} (the history of voids).
 *
 * <p>A contact recorded by mistake is voided with a reason (decision 0070): kept, with its history in {@code audit},
 * but left out of the listings, the weekly counts and the published facts.
 *
 * <p>Published facts (SQL views, decision 0049): employers_facts_contact, employers_facts_first_face_to_face_contact
 * (fidelity V4: the one definition of the first face-to-face contact after enrolment), employers_facts_employer
 * (name and area), employers_facts_job_lead (area).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "consent", "identity", "organisation", "planning", "platform"})
package fi.placera.employers;

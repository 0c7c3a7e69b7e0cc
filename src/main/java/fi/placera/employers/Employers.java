package fi.placera.employers;

import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The employers of a welfare area and what has been agreed with them. Refusals are Rejections naming the field. */
public interface Employers {

    /** The area's employers whose name, business ID or sector contains the search (all when empty), by name. */
    List<Employer> inArea(short areaId, String search);

    Optional<Employer> employer(short areaId, UUID id);

    /** Employers of the area with the same name, ignoring case, spaces and the company form (Oy, Ab, Ltd). */
    List<Employer> sameName(short areaId, String name);

    /** Registers an employer; refused when the business ID is already registered in the area. */
    Employer register(short areaId, Employer.Details details);

    /** Saves changes if nobody saved since {@code version}; otherwise a conflict. */
    Employer update(short areaId, UUID id, int version, Employer.Details details);

    List<Agreement> agreementsOf(short areaId, UUID employerId);

    /**
     * Records a staff member's agreement; a resubmission with the same key is the same agreement. One about a client
     * needs the client's consent to this employer as a contact does ({@link EmployerContacts#record}), and is logged
     * as a disclosure to the employer.
     */
    void recordAgreement(PlaceraUser user, UUID idempotencyKey, short areaId, UUID employerId, Agreement agreement);

    /** Employers of the area whose needs, sector or name mention any of these words (a client's job preferences). */
    List<Employer> matching(short areaId, List<String> words);

    /** The area's open job leads, newest first, or one employer's leads of every status. */
    List<JobLead> openLeads(short areaId);

    List<JobLead> leadsOf(short areaId, UUID employerId);

    /**
     * Notes a staff member's lead at an employer; a resubmission with the same key is the same lead. A lead meant for a
     * client needs the client's consent to this employer (refused on {@code leadClientId}) and is logged as a disclosure.
     */
    void recordLead(PlaceraUser user, UUID idempotencyKey, short areaId, UUID employerId, JobLead lead);

    /** Marks a lead filled or closed. */
    void closeLead(short areaId, UUID leadId, LeadStatus status);

    enum LeadKind { OPENING, CARVED_JOB }

    enum LeadStatus { OPEN, FILLED, CLOSED }

    /** A job lead: an opening or a job that could be carved, possibly meant for one client. */
    record JobLead(UUID id, UUID employerId, String employerName, LeadKind kind, String title, String description,
            UUID clientId, LocalDate notedOn, LeadStatus status) {
    }

    /** What an employer and the coach agreed, optionally about one client. */
    record Agreement(UUID clientId, LocalDate agreedOn, String supports, String adaptations, String subsidies,
            LocalDate trainingOn, String trainingAttendees, String contactPerson, LocalDate followUpOn) {
    }
}

package fi.placera.consent;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.identity.InformationKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The cooperation agreement and consents of clients. */
public interface Consents {

    Optional<Agreement> agreementOf(UUID clientId);

    /** The agreements of these clients, by client, in one read (lists such as "my week"). */
    Map<UUID, Agreement> agreementsOf(Collection<UUID> clientIds);

    /** Records the agreement; a client has one. Refused (Rejection) if one exists or the details are incomplete. */
    Agreement agree(UUID clientId, short areaId, LocalDate agreedOn, HowAgreed how, String witness,
            boolean inWorkAtEntry, UUID recordedBy);

    /**
     * Records the agreements a team's earlier tracker noted (how each was made is not known there), with whether the
     * client was in paid work at entry, in one statement (decision 0088); returns how many were new (a client has one
     * agreement).
     */
    int recordFromTracker(List<TrackerAgreement> agreements);

    /** An agreement as a team's earlier tracker noted it. */
    record TrackerAgreement(UUID clientId, short areaId, LocalDate agreedOn, boolean inWorkAtEntry, UUID recordedBy) {
    }

    /** The client's consents, withdrawn ones included, voided ones left out. */
    List<Consent> consentsOf(UUID clientId);

    /** One consent by its id, whoever's it is: for refusing and logging a client who names another client's consent. */
    Optional<Consent> consent(UUID consentId);

    /** Whether a consent to share this kind of information with the party is in force today. */
    boolean sharesWith(UUID clientId, Party party, InformationKind kind);

    /** Whether a consent to share this kind of information with that welfare area is in force today. */
    boolean sharesWithArea(UUID clientId, short welfareAreaId, InformationKind kind);

    /** The welfare areas a consent to share this kind of information with is in force today, by id. */
    List<Short> areasSharedWith(UUID clientId, InformationKind kind);

    /**
     * Whether a consent to share this kind of information with another party ({@link Party#OTHER}) of this name is in
     * force today; names are compared without regard to case or surrounding spaces.
     */
    boolean sharesWithNamed(UUID clientId, String partyName, InformationKind kind);

    /**
     * The client's consent to share this kind of information with this employer that is in force on the day (not
     * withdrawn, that day within its validity), if there is one: the legal basis of telling the employer about them.
     */
    Optional<Consent> employerConsent(UUID clientId, UUID employerId, InformationKind kind, LocalDate day);

    /**
     * Records a consent; refused (Rejection) without a cooperation agreement. A care team and an employer are named
     * by {@code partyId} (an employer of the client's area; its name is taken from the registry); a welfare area by its
     * code as {@code partyName} (its name is kept); other parties by an optional free-text name.
     */
    default Consent give(UUID clientId, short areaId, Party party, UUID partyId, String partyName, InformationKind kind,
            LocalDate validFrom, LocalDate validUntil, UUID recordedBy) {
        return give(clientId, areaId, party, partyId, partyName, List.of(kind), validFrom, validUntil, recordedBy).get(0);
    }

    /**
     * Records one entry: a consent for each of the kinds, to one party with one validity, all or none (decision 0066).
     * Refused (Rejection) as {@link #give(UUID, short, Party, UUID, String, InformationKind, LocalDate, LocalDate, UUID)}
     * is, and when no kind is given, or one twice.
     */
    List<Consent> give(UUID clientId, short areaId, Party party, UUID partyId, String partyName,
            List<InformationKind> kinds, LocalDate validFrom, LocalDate validUntil, UUID recordedBy);

    /** Withdraws a consent of this client at once; returns whether there was one in force to withdraw. */
    boolean withdraw(UUID clientId, UUID consentId);

    /**
     * Voids a consent recorded by mistake, with a reason (decision 0076): kept with its history, never in force again.
     * Not a withdrawal, which stays the client's own act. {@code checkReviser} is given who recorded the consent and
     * refuses (a Rejection) a user who may not void it; a consent not of this client, or already voided, is a conflict.
     */
    void voidConsent(UUID clientId, short areaId, UUID consentId, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser);

    /** The voids of the client's consents, oldest first. */
    List<Revision> voidsOf(UUID clientId);
}

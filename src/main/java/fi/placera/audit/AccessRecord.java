package fi.placera.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One access to client data: who (account, role, organisation unit), whose data, what kind of data,
 * why, what was done and whether it was allowed. Disclosures also name the recipient and legal basis.
 */
public record AccessRecord(UUID accountId, String username, String role, String orgUnit, Short areaId,
        UUID clientId, String dataKind, String purpose, AccessAction action, AccessOutcome outcome,
        boolean breakGlass, String recipient, String legalBasis) {

    public AccessRecord {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dataKind, "dataKind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (action == AccessAction.DISCLOSURE && (recipient == null || legalBasis == null)) {
            throw new IllegalArgumentException("a disclosure needs a recipient and a legal basis");
        }
    }

    /** A staff member's read of a client's data. */
    public static AccessRecord read(UUID accountId, String username, String role, String orgUnit, Short areaId,
            UUID clientId, String dataKind, String purpose, AccessAction action, AccessOutcome outcome) {
        return new AccessRecord(accountId, username, role, orgUnit, areaId, clientId, dataKind, purpose, action,
                outcome, false, null, null);
    }

    /** The same access, opened in an emergency outside the user's relationship to the client. */
    public AccessRecord asBreakGlass() {
        return new AccessRecord(accountId, username, role, orgUnit, areaId, clientId, dataKind, purpose, action,
                outcome, true, recipient, legalBasis);
    }

    /** Client data sent to another party (export, print for someone, transfer). */
    public static AccessRecord disclosure(UUID accountId, String username, String role, String orgUnit,
            Short areaId, UUID clientId, String dataKind, String purpose, String recipient, String legalBasis) {
        return new AccessRecord(accountId, username, role, orgUnit, areaId, clientId, dataKind, purpose,
                AccessAction.DISCLOSURE, AccessOutcome.GRANTED, false, recipient, legalBasis);
    }
}

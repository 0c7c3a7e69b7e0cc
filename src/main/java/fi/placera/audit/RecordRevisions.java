package fi.placera.audit;

import fi.placera.platform.Rejection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The history of corrections and voids of every kind of record (decision 0070): the owning module changes or voids
 * its own row and, in the same transaction, keeps here the values it replaced, with who, when and why. Nothing is
 * deleted; a voided record stays in its table, marked, and its module's published facts leave it out.
 */
public interface RecordRevisions {

    /** What happened to the record. */
    enum Action { CORRECTED, VOIDED }

    /** Keeps the values a correction or a void replaced. */
    void record(NewRevision revision);

    /** The revisions of the client's records of one kind, oldest first. */
    List<Revision> ofClient(String recordKind, UUID clientId);

    /** The revisions of these records of one kind, oldest first. */
    List<Revision> ofRecords(String recordKind, Collection<UUID> recordIds);

    /** The reason as typed: required, at most 2000 characters, stripped (refused on the form's {@code field}). */
    static String reason(String text, String field) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new Rejection(field, "revision.reason.required");
        }
        return text.strip();
    }

    /** A field's value before the revision, as shown on the record's history (empty when there was none). */
    record Previous(String field, String value) {
    }

    /** A revision to keep; {@code recordKind} names the record ({@code JOB}, {@code EMPLOYER_CONTACT} …). */
    record NewRevision(String recordKind, UUID recordId, UUID clientId, short areaId, Action action,
            List<Previous> previous, String reason, UUID revisedBy) {
    }

    /** A kept revision; {@code revisedByName} is the staff member behind the account, if any. */
    record Revision(UUID recordId, Action action, List<Previous> previous, String reason, Instant revisedAt,
            UUID revisedBy, String revisedByName) {
    }
}

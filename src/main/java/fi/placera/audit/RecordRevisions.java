package fi.placera.audit;

import fi.placera.platform.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /**
     * The values a correction replaces, field by field: a field that keeps its value is not named, and a correction
     * that changes nothing is refused, so that no revision without a change is kept. Numbers are compared by value
     * (20.0 hours is 20) and kept without trailing zeros.
     */
    final class Replaced {

        private final List<Previous> previous = new ArrayList<>();

        /** Names the field with the value it had, when the correction changes it. */
        public Replaced field(String field, Object was, Object now) {
            if (!same(was, now)) {
                previous.add(new Previous(field, text(was)));
            }
            return this;
        }

        /** The values replaced; refused ({@code revision.nothing-changed}) when the correction changes nothing. */
        public List<Previous> orNothingChanged() {
            if (previous.isEmpty()) {
                throw new Rejection(null, "revision.nothing-changed");
            }
            return List.copyOf(previous);
        }

        private static boolean same(Object was, Object now) {
            return was instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(was, now);
        }

        private static String text(Object value) {
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : value == null ? "" : value.toString();
        }
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

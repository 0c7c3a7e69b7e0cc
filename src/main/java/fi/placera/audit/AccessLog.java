package fi.placera.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The access and disclosure log. */
public interface AccessLog {

    /** Writes one row in the caller's transaction: a single insert, no locks on shared rows. */
    void record(AccessRecord access);

    /** Writes these rows in one round trip (a list page decides many clients at once), in the caller's transaction. */
    void recordAll(List<AccessRecord> accesses);

    /** Every access to and disclosure of this client's data since the given time, newest first. */
    List<AccessLogEntry> accessesOfClient(short areaId, UUID clientId, Instant since);

    /**
     * Seals every row written but not yet sealed, now, instead of waiting for the periodic sealer: for bulk
     * loads such as the synthetic-data generator. Returns how many rows were sealed.
     */
    long sealPending();

    /** Re-computes the hash chain over every sealed row. */
    ChainVerification verify();
}

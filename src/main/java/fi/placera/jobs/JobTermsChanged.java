package fi.placera.jobs;

import java.time.LocalDate;
import java.util.UUID;

/** A job's hours or pay changed from a day on; benefits counselling falls due. */
public record JobTermsChanged(UUID jobId, UUID clientId, short areaId, LocalDate changedOn) {
}

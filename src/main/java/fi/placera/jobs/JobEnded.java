package fi.placera.jobs;

import java.time.LocalDate;
import java.util.UUID;

/** A client's job ended; a contact with the client is due within three days. */
public record JobEnded(UUID jobId, UUID clientId, short areaId, LocalDate endedOn, Job.EndReason reason) {
}

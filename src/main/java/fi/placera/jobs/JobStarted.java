package fi.placera.jobs;

import java.time.LocalDate;
import java.util.UUID;

/** A client started a job (published when the job is recorded). */
public record JobStarted(UUID jobId, UUID clientId, short areaId, LocalDate startedOn) {
}

package fi.placera.jobs;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.PlaceraUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Clients' jobs and studies. Refusals are {@link fi.placera.platform.Rejection}s naming the field. Callers
 * check the user's access to the client first.
 */
public interface Jobs {

    List<Job> jobsOf(UUID clientId);

    /**
     * Records a job that has started (never one in the future; a job that already ended is then ended with
     * {@link #end}); a resubmission with the same key is the same job. Publishes {@link JobStarted}. Refused
     * without a cooperation agreement.
     */
    Job start(NewJob job);

    /**
     * Records jobs from a team's earlier tracker, each ended on its day (reason not known there) or ongoing, in one
     * statement (decision 0088); a second import with the same key is the same job. Only an ongoing job publishes
     * {@link JobStarted}, so that follow-along support is scheduled for the jobs clients still have; no benefits
     * counselling falls due for starts that lie in the past. Returns how many jobs were new. Refused without a
     * cooperation agreement, or for an employer not of the area: a {@link fi.placera.platform.BatchRejection} naming
     * the job.
     */
    int recordFromTracker(List<TrackerJob> jobs);

    /** Ends an ongoing job if nobody changed it since {@code version}; publishes {@link JobEnded}. */
    void end(UUID clientId, UUID jobId, int version, LocalDate endedOn, Job.EndReason reason, UUID recordedBy);

    /** New hours or pay from a day on; publishes {@link JobTermsChanged} (benefits counselling falls due). */
    void changeTerms(UUID clientId, UUID jobId, int version, LocalDate changedOn, BigDecimal hoursPerWeek,
            Job.WageBasis wageBasis, UUID recordedBy);

    /**
     * Corrects a job recorded wrong (decision 0070): its dates and terms as they should have been recorded, with a
     * reason; the values replaced stay in the job's history. Only who recorded the job or a leader of the client's
     * team; the caller has found the client with a write decision. Publishes nothing: no new start, end or change of
     * terms happened.
     */
    void correct(PlaceraUser user, ClientSummary client, UUID jobId, int version, Correction correction,
            String reason);

    /**
     * Voids a job recorded by mistake: it stays stored with its history but leaves the client's jobs and every
     * figure. Same rules as {@link #correct}.
     */
    void voidJob(PlaceraUser user, ClientSummary client, UUID jobId, int version, String reason);

    /** The corrections and voids of the client's jobs, oldest first. */
    List<Revision> revisionsOf(UUID clientId);

    List<Study> studiesOf(UUID clientId);

    /** Studies are recorded apart from jobs: they are not employment, though outcomes report them separately. */
    void recordStudy(UUID idempotencyKey, UUID clientId, short areaId, String institution, String programme,
            LocalDate startedOn, LocalDate endedOn, UUID recordedBy);

    /** A job as typed on the start form. */
    record NewJob(UUID idempotencyKey, UUID clientId, short areaId, UUID employerId, String title, String occupationCode,
            LocalDate startedOn, BigDecimal hoursPerWeek, Job.WageBasis wageBasis,
            Job.ContractType contractType, LocalDate contractEndsOn, boolean competitive, UUID recordedBy) {
    }

    /** A job as a team's earlier tracker notes it: as typed on the start form, and its end if it has ended. */
    record TrackerJob(NewJob job, LocalDate endedOn) {
    }

    /** A job as it should have been recorded; {@code endedOn} only for a job that has ended. */
    record Correction(String title, LocalDate startedOn, LocalDate endedOn, BigDecimal hoursPerWeek,
            Job.WageBasis wageBasis, Job.ContractType contractType, LocalDate contractEndsOn, boolean competitive) {
    }

    /** A period of studies. */
    record Study(UUID id, String institution, String programme, LocalDate startedOn, LocalDate endedOn) {
    }
}

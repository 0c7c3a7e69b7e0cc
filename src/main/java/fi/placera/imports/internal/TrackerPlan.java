package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import fi.placera.jobs.Job;
import fi.placera.organisation.IpsTeamSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A checked tracker: its rows as values ready to be stored, or the errors that stop it. */
record TrackerPlan(IpsTeamSummary team, List<ClientRow> clients, List<JobRow> jobs, List<ContactRow> contacts,
        List<ImportError> errors) {

    /** An employer as the tracker names it; the business ID when known. */
    record EmployerRef(String name, String businessId) {
    }

    /**
     * A care team's referral when {@code careTeamId} is set, the client's own when {@code selfReferred}. The coach's
     * account is who made the client's records the tracker holds (fidelity S3 reads who did each phase).
     */
    record ClientRow(int row, String ref, String identityCode, String firstName, String lastName, String language,
            UUID coach, UUID coachAccount, LocalDate referredOn, UUID careTeamId, boolean selfReferred,
            LocalDate enrolledOn, boolean inWorkAtEntry, LocalDate profileOn, LocalDate exitedOn, String exitReason) {
    }

    record JobRow(int row, UUID key, String clientRef, EmployerRef employer, String title, LocalDate startedOn,
            LocalDate endedOn, BigDecimal hoursPerWeek, boolean competitive, Job.ContractType contractType) {
    }

    record ContactRow(int row, UUID key, UUID coach, LocalDate contactedOn, EmployerRef employer, boolean faceToFace,
            String clientRef, Boolean followedPreference) {
    }
}

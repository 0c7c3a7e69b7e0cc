package fi.placera.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period of employment of a client. Competitive = open market, normal wage, not reserved for disabled
 * people; only competitive jobs count in IPS outcomes. An empty end date means the job is ongoing.
 */
public record Job(UUID id, UUID clientId, UUID employerId, String employerName, String title, String occupationCode,
        LocalDate startedOn, LocalDate endedOn, BigDecimal hoursPerWeek, WageBasis wageBasis, ContractType contractType,
        LocalDate contractEndsOn, boolean competitive, EndReason endReason, int version) {

    /** IPS counts a job start from four hours of paid work a week. */
    public static final BigDecimal JOB_START_HOURS = BigDecimal.valueOf(4);

    public enum WageBasis { HOURLY, MONTHLY, OTHER }

    public enum ContractType { PERMANENT, FIXED_TERM, OTHER }

    public enum EndReason { CONTRACT_ENDED, CLIENT_RESIGNED, DISMISSED, MUTUAL_AGREEMENT, MOVED_TO_ANOTHER_JOB, OTHER }

    public boolean ongoingOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    /** Whether this job and another share a day; parallel part-time jobs do, which is allowed. */
    public boolean overlaps(Job other) {
        return !startedOn.isAfter(other.endedOnOrMax()) && !other.startedOn.isAfter(endedOnOrMax());
    }

    private LocalDate endedOnOrMax() {
        return endedOn == null ? LocalDate.MAX : endedOn;
    }
}

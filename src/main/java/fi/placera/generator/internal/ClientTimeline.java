package fi.placera.generator.internal;

import fi.placera.generator.internal.Names.Name;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One client's path through the service: referred, then either the referral ended (the client's choice or
 * unreachable) or enrolled by signing the cooperation agreement, and perhaps the service ended. A client
 * whose referral or service has not ended takes a place in the coach's caseload.
 */
record ClientTimeline(long index, UUID id, short areaId, UUID teamId, int coachIndex, Name name, boolean swedish,
        String identityCode, LocalDate referredOn, LocalDate referralEndedOn, LocalDate agreedOn,
        LocalDate serviceEndedOn) {

    boolean active() {
        return referralEndedOn == null && serviceEndedOn == null;
    }

    boolean enrolled() {
        return agreedOn != null;
    }

    /** The last day anything happens with the client in the service. */
    LocalDate lastDay(LocalDate referenceDay) {
        return referralEndedOn != null ? referralEndedOn : serviceEndedOn != null ? serviceEndedOn : referenceDay;
    }

    /** Enrolled and not ended on this day: the days a coach works with the client. */
    boolean inServiceOn(LocalDate day) {
        return enrolled() && !day.isBefore(agreedOn) && (serviceEndedOn == null || day.isBefore(serviceEndedOn));
    }
}

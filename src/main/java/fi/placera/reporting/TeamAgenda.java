package fi.placera.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The agenda of an IPS team's weekly meeting, built from the team's caseloads: who is new, who has waited
 * too long for an employer contact, whose job started or ended, whose support contact is due. Items name
 * clients by id only; the page shows a name where the access decision lets the reader see the client.
 */
public interface TeamAgenda {

    /** The agenda for a meeting on this day, covering the week before it and support due in the week after. */
    List<Item> of(UUID ipsTeamId, LocalDate day);

    enum Topic {
        NEW_REFERRAL,
        NO_EMPLOYER_CONTACT,
        JOB_START,
        JOB_END,
        SUPPORT_DUE
    }

    /**
     * One thing to discuss about one client; {@code day} is the referral, the last employer contact (null if
     * none), the job's start or end, or the support contact's due day.
     */
    record Item(Topic topic, UUID clientId, UUID coachStaffId, LocalDate day) {
    }
}

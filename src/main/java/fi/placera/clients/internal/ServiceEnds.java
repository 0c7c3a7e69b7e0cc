package fi.placera.clients.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.consent.HowAgreed;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.BatchColumns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a client's service and re-entry. The service ends only by the client's choice or a step-down to the care
 * team that the client agreed to; the coach's caseload place is given back, and taken again on re-entry.
 */
@Service
public class ServiceEnds {

    private static final int NOTE = 2000;
    private static final int WITNESS = 200;

    /**
     * The only two ways the service ends, and the end a team's earlier tracker recorded (its own reason is the
     * note), which only the tracker import stores.
     */
    public enum Reason {
        CLIENT_CHOICE, STEP_DOWN_TO_CARE_TEAM, RECORDED_IN_TRACKER;

        /** The reasons staff choose from. */
        public static final List<Reason> CHOOSABLE = List.of(CLIENT_CHOICE, STEP_DOWN_TO_CARE_TEAM);
    }

    /** Where the client goes when the service ends (none for ends recorded before it was asked, or by a tracker). */
    public enum Destination {
        WORK_WITHOUT_SUPPORT, STUDIES, ANOTHER_SERVICE, MOVED, NO_LONGER_WISHED, OTHER
    }

    /** An end of the service and, once the client came back, the day of re-entry. */
    public record End(UUID id, LocalDate endedOn, Reason reason, UUID careTeamId, String note, LocalDate reenteredOn,
            LocalDate agreedOn, HowAgreed howAgreed, Destination destination) {
    }

    private final JdbcClient jdbc;
    private final Caseloads caseloads;
    private final Clock clock;

    ServiceEnds(JdbcClient jdbc, Caseloads caseloads, Clock clock) {
        this.jdbc = jdbc;
        this.caseloads = caseloads;
        this.clock = clock;
    }

    /** Every end of the client's service, newest first. */
    public List<End> history(UUID clientId) {
        return jdbc.sql("""
                        select id, ended_on, reason, care_team_id, note, reentered_on, agreed_on, how_agreed, destination
                        from service_end
                        where client_id = ? order by ended_on desc, id""")
                .param(clientId)
                .query((rs, row) -> new End(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        Reason.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null ? null : HowAgreed.valueOf(rs.getString(8)),
                        rs.getString(9) == null ? null : Destination.valueOf(rs.getString(9))))
                .list();
    }

    /** The end in force, if the service has ended and the client has not come back (re-entered or referred again). */
    public Optional<End> current(UUID clientId) {
        List<UUID> open = jdbc.sql("""
                        select id from service_end where client_id = ? and reentered_on is null and referred_again_on is null""")
                .param(clientId).query(UUID.class).list();
        return history(clientId).stream().filter(end -> open.contains(end.id())).findFirst();
    }

    /**
     * The client's agreement to a step-down to the care team (decision 0069), recorded like the cooperation agreement:
     * the day, how the client agreed, and the witness of a verbal agreement.
     */
    public record StepDownAgreement(LocalDate agreedOn, HowAgreed how, String witness) {
    }

    /**
     * Ends the service. A step-down to the care team is the client's choice as much as leaving is: it is refused
     * without the client's agreement ({@code agreement} is read only for a step-down).
     */
    @Transactional
    public void end(Client client, LocalDate endedOn, Reason reason, Destination destination, UUID careTeamId,
            StepDownAgreement agreement, String note, UUID recordedBy) {
        notInFuture(endedOn, clock, "serviceEndedOn");
        if (!Reason.CHOOSABLE.contains(reason)) {
            throw new Rejection("serviceEndReason", "validation.required");
        }
        present(destination, "serviceEndDestination");
        boolean stepDown = reason == Reason.STEP_DOWN_TO_CARE_TEAM;
        if (stepDown && careTeamId == null) {
            throw new Rejection("stepDownCareTeamId", "service.step-down.care-team");
        }
        StepDownAgreement agreed = stepDown ? agreed(agreement) : null;
        String why = required(note, NOTE, "serviceEndNote");
        try {
            insert(client, endedOn, reason, destination, stepDown ? careTeamId : null, agreed, why, recordedBy);
        } catch (DuplicateKeyException alreadyEnded) {
            throw new Rejection(null, "service.already-ended");
        }
        if (client.coachStaffId() != null) {
            caseloads.release(client.coachStaffId());
        }
    }

    private StepDownAgreement agreed(StepDownAgreement agreement) {
        if (agreement == null || agreement.agreedOn() == null) {
            throw new Rejection("stepDownAgreedOn", "service.step-down.agreement.required");
        }
        notInFuture(agreement.agreedOn(), clock, "stepDownAgreedOn");
        if (agreement.how() == null || !HowAgreed.RECORDABLE.contains(agreement.how())) {
            throw new Rejection("stepDownHowAgreed", "service.step-down.agreement.required");
        }
        String witness = agreement.how() == HowAgreed.VERBAL_WITH_WITNESS
                ? required(agreement.witness(), WITNESS, "stepDownWitness") : null;
        return new StepDownAgreement(agreement.agreedOn(), agreement.how(), witness);
    }

    /** Checks the ends of clients moving in (their reason is the note); a refusal names the client. */
    void checkFromTracker(List<Admission> admissions) {
        BatchRejection.checkEach(admissions, admission -> {
            if (admission.ended()) {
                required(admission.moved().endNote(), NOTE, "serviceEndNote");
            }
        });
    }

    /**
     * The ends a team's earlier tracker recorded, checked by {@link #checkFromTracker}, in one statement. The
     * clients never took a place in the caseload (they moved in with the service already ended), so none is given
     * back.
     */
    void recordFromTracker(List<Admission> admissions) {
        List<Admission> ended = admissions.stream().filter(Admission::ended).toList();
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        select * from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::date[], ?::text[], ?::text[], ?::uuid[])""")
                .params(BatchColumns.of(ended, admission -> UUID.randomUUID()),
                        BatchColumns.of(ended, admission -> admission.client().id()),
                        BatchColumns.of(ended, admission -> admission.client().areaId()),
                        BatchColumns.of(ended, admission -> admission.moved().endedOn()),
                        BatchColumns.of(ended, admission -> Reason.RECORDED_IN_TRACKER),
                        BatchColumns.of(ended, admission -> required(admission.moved().endNote(), NOTE, "serviceEndNote")),
                        BatchColumns.of(ended, admission -> admission.moved().recordedBy()))
                .update();
    }

    private void insert(Client client, LocalDate endedOn, Reason reason, Destination destination, UUID careTeamId,
            StepDownAgreement agreed, String note, UUID recordedBy) {
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, destination, care_team_id, note,
                                                 recorded_by, agreed_on, how_agreed, witness)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client.id(), client.areaId(), endedOn, reason.name(),
                        destination == null ? null : destination.name(), careTeamId, note,
                        recordedBy, agreed == null ? null : agreed.agreedOn(), agreed == null ? null : agreed.how().name(),
                        agreed == null ? null : agreed.witness())
                .update();
    }

    /**
     * The episode ends because the client was handed over to another welfare area (decision 0082): the client's
     * choice, moved; the coach's place is given back (a wait on the team's list ends with the service).
     */
    void movedAway(Client client, LocalDate endedOn, String note, UUID recordedBy) {
        insert(client, endedOn, Reason.CLIENT_CHOICE, Destination.MOVED, null, null, note, recordedBy);
        if (client.coachStaffId() != null) {
            caseloads.release(client.coachStaffId());
        }
    }

    /** The client comes back: the history stays, the coach takes a place in the caseload again. */
    @Transactional
    public void reenter(Client client, LocalDate reenteredOn) {
        notInFuture(reenteredOn, clock, "reenteredOn");
        End end = current(client.id()).orElseThrow(() -> new Rejection(null, "service.not-ended"));
        if (reenteredOn.isBefore(end.endedOn())) {
            throw new Rejection("reenteredOn", "service.reentry.before-end");
        }
        if (client.coachStaffId() != null) {
            caseloads.assign(client.coachStaffId(), client.ipsTeamId(), client.areaId());
        }
        jdbc.sql("update service_end set reentered_on = ? where id = ? and reentered_on is null")
                .params(reenteredOn, end.id()).update();
    }
}

package fi.placera.planning.internal;

import fi.placera.jobs.JobStarted;
import fi.placera.jobs.JobTermsChanged;
import fi.placera.planning.BenefitsCounselling.DueReason;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Benefits counselling falls due when a job starts and when its hours or pay change (fidelity item V1).
 * Listens inside the publishing transaction, so a job and its due are stored together or not at all.
 */
@Component
class CounsellingDueOnJobEvents {

    /** Counselling while the job was being agreed counts: up to two months before the start. */
    static final int JOB_START_COUNTS_FROM_DAYS_BEFORE = 60;
    /** A change is usually known a few weeks ahead. */
    static final int CHANGE_COUNTS_FROM_DAYS_BEFORE = 30;

    private final JdbcClient jdbc;

    CounsellingDueOnJobEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(JobStarted started) {
        raise(started.clientId(), started.areaId(), DueReason.JOB_START, started.jobId(), started.startedOn(),
                started.startedOn().minusDays(JOB_START_COUNTS_FROM_DAYS_BEFORE));
    }

    @EventListener
    void on(JobTermsChanged changed) {
        raise(changed.clientId(), changed.areaId(), DueReason.HOURS_OR_PAY_CHANGE, changed.jobId(), changed.changedOn(),
                changed.changedOn().minusDays(CHANGE_COUNTS_FROM_DAYS_BEFORE));
    }

    private void raise(UUID clientId, short areaId, DueReason reason, UUID sourceId, LocalDate dueOn, LocalDate metFrom) {
        jdbc.sql("""
                        insert into counselling_due (id, client_id, area_id, reason, source_id, due_on, met_from)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (reason, source_id, due_on) do nothing""")
                .params(UUID.randomUUID(), clientId, areaId, reason.name(), sourceId, dueOn, metFrom)
                .update();
    }
}

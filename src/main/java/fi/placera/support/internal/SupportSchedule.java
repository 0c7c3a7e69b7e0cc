package fi.placera.support.internal;

import fi.placera.jobs.JobEnded;
import fi.placera.jobs.JobStarted;
import fi.placera.platform.IpsModel;
import fi.placera.support.FollowAlongSupport.DueKind;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes the IPS follow-along timing when a job starts — a contact within a week before the start, within
 * three days after, weekly in the first month, then monthly for a year — and, when a job ends, a contact
 * within three days (the job's later dues are cancelled, the support itself goes on). Listens inside the
 * job's transaction, so a job and its schedule are stored together.
 */
@Component
class SupportSchedule {

    private final JdbcClient jdbc;

    SupportSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(JobStarted started) {
        LocalDate start = started.startedOn();
        propose(started, DueKind.BEFORE_START, start.minusDays(IpsModel.SUPPORT_DAYS_BEFORE_START), start);
        propose(started, DueKind.AFTER_START, start, start.plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END));
        for (int week = 1; week <= IpsModel.SUPPORT_WEEKLY_WEEKS; week++) {
            LocalDate due = start.plusWeeks(week);
            propose(started, DueKind.FIRST_MONTH_WEEKLY, due.minusDays(6), due);
        }
        for (int month = 2; month <= IpsModel.SUPPORT_MONTHLY_MONTHS; month++) {
            LocalDate due = start.plusMonths(month);
            propose(started, DueKind.MONTHLY, start.plusMonths(month - 1).plusDays(1), due);
        }
    }

    @EventListener
    void on(JobEnded ended) {
        jdbc.sql("""
                        update support_due set cancelled = true, cancel_reason = 'job ended'
                        where job_id = ? and not cancelled and window_from > ? and kind <> 'AFTER_JOB_END'""")
                .params(ended.jobId(), ended.endedOn()).update();
        insert(ended.clientId(), ended.areaId(), ended.jobId(), DueKind.AFTER_JOB_END, ended.endedOn(),
                ended.endedOn().plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END));
    }

    private void propose(JobStarted started, DueKind kind, LocalDate windowFrom, LocalDate dueOn) {
        insert(started.clientId(), started.areaId(), started.jobId(), kind, windowFrom, dueOn);
    }

    private void insert(UUID clientId, short areaId, UUID jobId, DueKind kind, LocalDate windowFrom, LocalDate dueOn) {
        jdbc.sql("""
                        insert into support_due (id, client_id, area_id, job_id, kind, window_from, due_on)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (job_id, kind, window_from) do nothing""")
                .params(UUID.randomUUID(), clientId, areaId, jobId, kind.name(), windowFrom, dueOn).update();
    }
}

package fi.placera.support.internal;

import fi.placera.jobs.JobEnded;
import fi.placera.jobs.JobStarted;
import fi.placera.platform.IpsModel;
import fi.placera.platform.persistence.BatchColumns;
import fi.placera.support.FollowAlongSupport.DueKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes the IPS follow-along timing when a job starts — a contact within a week before the start, within
 * three days after, weekly in the first month, then monthly for a year — and, when a job ends, a contact
 * within three days (the job's later dues are cancelled, the support itself goes on). Listens inside the
 * job's transaction, so a job and its schedule are stored together.
 *
 * <p>A job or job end recorded after its day (decision 0062): a scheduled contact whose day had already passed
 * when it was recorded can no longer be met and is not proposed (the contact before the start of a job recorded
 * after it started); the contact after the start or the end is still worth making and falls due on the day it is
 * recorded. So nothing is overdue on the day it arose.
 */
@Component
class SupportSchedule {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupportSchedule(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A contact due in {@code [windowFrom, dueOn]}. */
    record Proposal(DueKind kind, LocalDate windowFrom, LocalDate dueOn) {
    }

    /** The contacts a job started on {@code start} and recorded on {@code recordedOn} makes due. */
    static List<Proposal> afterStart(LocalDate start, LocalDate recordedOn) {
        List<Proposal> proposals = new ArrayList<>();
        proposals.add(new Proposal(DueKind.BEFORE_START, start.minusDays(IpsModel.SUPPORT_DAYS_BEFORE_START), start));
        proposals.add(new Proposal(DueKind.AFTER_START, start, start.plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END)));
        for (int week = 1; week <= IpsModel.SUPPORT_WEEKLY_WEEKS; week++) {
            LocalDate due = start.plusWeeks(week);
            proposals.add(new Proposal(DueKind.FIRST_MONTH_WEEKLY, due.minusDays(6), due));
        }
        for (int month = 2; month <= IpsModel.SUPPORT_MONTHLY_MONTHS; month++) {
            LocalDate due = start.plusMonths(month);
            proposals.add(new Proposal(DueKind.MONTHLY, start.plusMonths(month - 1).plusDays(1), due));
        }
        return proposals.stream().map(proposal -> applicable(proposal, recordedOn)).flatMap(List::stream).toList();
    }

    /** The contact a job that ended on {@code end}, recorded on {@code recordedOn}, makes due. */
    static Proposal afterEnd(LocalDate end, LocalDate recordedOn) {
        return applicable(new Proposal(DueKind.AFTER_JOB_END, end,
                end.plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END)), recordedOn).get(0);
    }

    /** A contact as recorded on {@code recordedOn}: as proposed, due that day, or not applicable (none). */
    private static List<Proposal> applicable(Proposal proposal, LocalDate recordedOn) {
        if (!proposal.dueOn().isBefore(recordedOn)) {
            return List.of(proposal);
        }
        boolean afterAChange = proposal.kind() == DueKind.AFTER_START || proposal.kind() == DueKind.AFTER_JOB_END;
        return afterAChange ? List.of(new Proposal(proposal.kind(), proposal.windowFrom(), recordedOn)) : List.of();
    }

    @EventListener
    void on(JobStarted started) {
        insert(started.clientId(), started.areaId(), started.jobId(), afterStart(started.startedOn(), LocalDate.now(clock)));
    }

    @EventListener
    void on(JobEnded ended) {
        jdbc.sql("""
                        update support_due set cancelled = true, cancel_reason = 'job ended'
                        where job_id = ? and not cancelled and window_from > ? and kind <> 'AFTER_JOB_END'""")
                .params(ended.jobId(), ended.endedOn()).update();
        insert(ended.clientId(), ended.areaId(), ended.jobId(), List.of(afterEnd(ended.endedOn(), LocalDate.now(clock))));
    }

    /** The job's proposed contacts, in one statement (a tracker import records hundreds of ongoing jobs). */
    private void insert(UUID clientId, short areaId, UUID jobId, List<Proposal> proposals) {
        jdbc.sql("""
                        insert into support_due (id, client_id, area_id, job_id, kind, window_from, due_on)
                        select id, ?, ?, ?, kind, window_from, due_on
                        from unnest(?::uuid[], ?::text[], ?::date[], ?::date[]) as due (id, kind, window_from, due_on)
                        on conflict (job_id, kind, window_from) do nothing""")
                .params(clientId, areaId, jobId, BatchColumns.of(proposals, proposal -> UUID.randomUUID()),
                        BatchColumns.of(proposals, Proposal::kind), BatchColumns.of(proposals, Proposal::windowFrom),
                        BatchColumns.of(proposals, Proposal::dueOn))
                .update();
    }
}

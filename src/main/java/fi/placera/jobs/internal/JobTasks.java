package fi.placera.jobs.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings a fixed-term contract's last day back to the coach's week {@link IpsModel#CONTRACT_END_LEAD_DAYS} days ahead
 * (decision 0062), while the job goes on: time to talk about an extension, the next job and benefits.
 */
@Component
class JobTasks implements CoachTasks {

    private final Dated dated;

    JobTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        return dated.ofClients(clientIds, until, IpsModel.CONTRACT_END_LEAD_DAYS, """
                        select contract_ends_on, client_id from job
                        where client_id = any (:clients) and ended_on is null and voided_at is null
                          and contract_ends_on between :today and :until""",
                (rs, row) -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    UUID client = rs.getObject(2, UUID.class);
                    return new Task(day, "week.task.contract-ends", day, client, CoachTasks.onRecord(client, "jobs"));
                });
    }
}

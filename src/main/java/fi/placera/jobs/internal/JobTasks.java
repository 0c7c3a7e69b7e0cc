package fi.placera.jobs.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings a fixed-term contract's last day back to the coach's week {@link IpsModel#CONTRACT_END_LEAD_DAYS} days ahead
 * (decision 0062), while the job goes on: time to talk about an extension, the next job and benefits. And when a job
 * has ended, the vocational profile's update from its end day until a profile is saved on or after it (decision
 * 0073): what the job taught goes into the next search.
 */
@Component
class JobTasks implements CoachTasks {

    private final Dated dated;

    JobTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        List<Task> tasks = new ArrayList<>(contractEnds(clientIds, until));
        tasks.addAll(profileUpdates(clientIds, until));
        return tasks;
    }

    private List<Task> contractEnds(Collection<UUID> clientIds, LocalDate until) {
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

    /** The client's latest ended job, while no vocational profile has been saved since its end. */
    private List<Task> profileUpdates(Collection<UUID> clientIds, LocalDate until) {
        return dated.ofClients(clientIds, until, 0, """
                        select distinct on (j.client_id) j.ended_on, j.client_id from job j
                        where j.client_id = any (:clients) and j.ended_on <= :until
                          and not exists (select 1 from planning_facts_profile_saved p
                                          where p.client_id = j.client_id and p.saved_on >= j.ended_on)
                        order by j.client_id, j.ended_on desc""",
                (rs, row) -> {
                    UUID client = rs.getObject(2, UUID.class);
                    return new Task(rs.getObject(1, LocalDate.class), "week.task.profile-after-job-end", null, client,
                            CoachTasks.onRecord(client, "profile"));
                });
    }
}

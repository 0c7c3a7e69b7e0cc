package fi.placera.employers.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings employer dates back to a coach's week (decisions 0062, 0065): the follow-up day of an employer agreement
 * about a client to the client's coach {@link IpsModel#EMPLOYER_FOLLOW_UP_LEAD_DAYS} days ahead, linked to the
 * employer's agreements; and the dated next step of a contact to the coach who made the contact
 * {@link IpsModel#EMPLOYER_NEXT_STEP_LEAD_DAYS} days ahead, linked to the contact form for that employer, until a
 * later contact with the employer takes it over (overdue until then: a promise to an employer is kept late rather
 * than forgotten).
 */
@Component
class EmployerTasks implements CoachTasks {

    private final Dated dated;

    EmployerTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        return dated.ofClients(clientIds, until, IpsModel.EMPLOYER_FOLLOW_UP_LEAD_DAYS, """
                        select a.follow_up_on, a.client_id, a.employer_id, e.name from employer_agreement a
                        join employer e on e.id = a.employer_id and e.area_id = a.area_id
                        where a.client_id = any (:clients) and a.follow_up_on between :today and :until""",
                (rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.employer-follow-up",
                        rs.getString(4), rs.getObject(2, UUID.class),
                        "/employers/" + rs.getObject(3, UUID.class) + "#agreements-heading"));
    }

    @Override
    public List<Task> ownedBy(UUID staffMemberId, LocalDate until) {
        return dated.ofStaff(staffMemberId, until, IpsModel.EMPLOYER_NEXT_STEP_LEAD_DAYS, """
                        select c.next_step_on, c.employer_id, e.name, c.next_step from employer_contact c
                        join employer e on e.id = c.employer_id and e.area_id = c.area_id
                        where c.coach_staff_id = :staff and c.next_step_on <= :until and c.voided_at is null
                          and not exists (select 1 from employer_contact later
                                          where later.employer_id = c.employer_id and later.area_id = c.area_id
                                            and later.contacted_on > c.contacted_on and later.voided_at is null)""",
                (rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.employer-next-step",
                        rs.getString(3) + ": " + CoachTasks.excerpt(rs.getString(4)), null,
                        "/employer-contacts/new?employer=" + rs.getObject(2, UUID.class)));
    }
}

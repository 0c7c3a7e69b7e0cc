package fi.placera.fidelity.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Brings a team's fidelity work to its team leaders' week (decision 0072). The next review: from
 * {@link IpsModel#NEXT_REVIEW_MONTHS_FIRST} months after the latest published review's day, due by
 * {@link IpsModel#NEXT_REVIEW_MONTHS_LAST} months after it, and kept (overdue) until a review of a later period is
 * opened, since a review left undone is better late than forgotten. A published review's actions: from
 * {@link IpsModel#REVIEW_ACTION_LEAD_DAYS} days before their due day until the day. An action's owner is a name
 * typed in the review, not an account, so the action comes on the week of the team's leaders, who answer for the
 * action plan.
 */
@Component
class ReviewTasks implements CoachTasks {

    /** The team's latest published review, when no review of a later period has been opened since. */
    private static final String NEXT_REVIEW = """
            select (r.reviewed_on + make_interval(months => :last))::date, t.code
            from fidelity_review r
            join organisation_facts_team_member m on m.ips_team_id = r.ips_team_id
                 and m.staff_member_id = :staff and m.team_role = 'TEAM_LEADER'
            join organisation_facts_team t on t.ips_team_id = r.ips_team_id
            where r.state = 'PUBLISHED'
              and (r.reviewed_on + make_interval(months => :first))::date <= :until
              and not exists (select 1 from fidelity_review later
                              where later.ips_team_id = r.ips_team_id and later.id <> r.id
                                and later.period_to > r.period_to)
            """;

    private static final String ACTIONS = """
            select i.action_due_on, i.code, i.action, r.id
            from fidelity_review r join fidelity_review_item i on i.review_id = r.id
            join organisation_facts_team_member m on m.ips_team_id = r.ips_team_id
                 and m.staff_member_id = :staff and m.team_role = 'TEAM_LEADER'
            where r.state = 'PUBLISHED' and i.action is not null and i.action_due_on between :today and :until
            """;

    private final Dated dated;

    ReviewTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> ownedBy(UUID staffMemberId, LocalDate until) {
        return Stream.concat(nextReviews(staffMemberId, until).stream(),
                actions(staffMemberId, until).stream()).toList();
    }

    private List<Task> nextReviews(UUID staffMemberId, LocalDate until) {
        return dated.ofStaff(staffMemberId, until, 0, NEXT_REVIEW, Map.of("first", IpsModel.NEXT_REVIEW_MONTHS_FIRST,
                "last", IpsModel.NEXT_REVIEW_MONTHS_LAST), (rs, row) -> new Task(
                rs.getObject(1, LocalDate.class), "week.task.fidelity-review", rs.getString(2), null,
                "/fidelity/new?team=" + rs.getString(2)));
    }

    private List<Task> actions(UUID staffMemberId, LocalDate until) {
        return dated.ofStaff(staffMemberId, until, IpsModel.REVIEW_ACTION_LEAD_DAYS, ACTIONS, (rs, row) -> new Task(
                rs.getObject(1, LocalDate.class), "week.task.fidelity-action",
                rs.getString(2) + ": " + CoachTasks.excerpt(rs.getString(3)), null,
                "/fidelity/" + rs.getObject(4, UUID.class) + "/report"));
    }
}

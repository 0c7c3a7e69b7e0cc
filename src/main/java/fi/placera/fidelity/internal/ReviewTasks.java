package fi.placera.fidelity.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.NextReview;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings a team's fidelity work to its team leaders' week (decision 0072). The next review
 * ({@link FidelityReviews.NextReview}): from the first day of its window, due by its last, and kept (overdue) until a
 * review of a later period is opened. A published review's actions: from {@link IpsModel#REVIEW_ACTION_LEAD_DAYS} days
 * before their due day until the day. An action's owner is a name typed in the review, not an account, so the action
 * comes on the week of the team's leaders, who answer for the action plan.
 */
@Component
class ReviewTasks implements CoachTasks {

    /** The teams the staff member leads: their next review comes on the leader's week. */
    private static final String LED_TEAMS = """
            select t.ips_team_id, t.code
            from organisation_facts_team_member m join organisation_facts_team t on t.ips_team_id = m.ips_team_id
            where m.staff_member_id = :staff and m.team_role = 'TEAM_LEADER'
            """;

    private static final String ACTIONS = """
            select i.action_due_on, i.code, i.action, r.id
            from fidelity_review r join fidelity_review_item i on i.review_id = r.id
            join organisation_facts_team_member m on m.ips_team_id = r.ips_team_id
                 and m.staff_member_id = :staff and m.team_role = 'TEAM_LEADER'
            where r.state = 'PUBLISHED' and i.action is not null and i.action_due_on between :today and :until
            """;

    private final Dated dated;
    private final JdbcClient jdbc;
    private final FidelityReviews reviews;

    ReviewTasks(Dated dated, JdbcClient jdbc, FidelityReviews reviews) {
        this.dated = dated;
        this.jdbc = jdbc;
        this.reviews = reviews;
    }

    @Override
    public List<Task> ownedBy(UUID staffMemberId, LocalDate until) {
        return Stream.concat(nextReviews(staffMemberId, until).stream(),
                actions(staffMemberId, until).stream()).toList();
    }

    private List<Task> nextReviews(UUID staffMemberId, LocalDate until) {
        if (staffMemberId == null) {
            return List.of();
        }
        List<LedTeam> led = jdbc.sql(LED_TEAMS).param("staff", staffMemberId)
                .query((rs, row) -> new LedTeam(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return led.stream().flatMap(team -> nextReview(team, until).stream()).toList();
    }

    /** The team's next review as a task when it is due by {@code until}. */
    private Optional<Task> nextReview(LedTeam team, LocalDate until) {
        NextReview next = reviews.nextReview(team.id());
        return next.dueOnOrBefore(until) ? Optional.of(new Task(next.dueBy(), "week.task.fidelity-review", team.code(),
                null, "/fidelity/new?team=" + team.code())) : Optional.empty();
    }

    private record LedTeam(UUID id, String code) {
    }

    private List<Task> actions(UUID staffMemberId, LocalDate until) {
        return dated.ofStaff(staffMemberId, until, IpsModel.REVIEW_ACTION_LEAD_DAYS, ACTIONS, (rs, row) -> new Task(
                rs.getObject(1, LocalDate.class), "week.task.fidelity-action",
                rs.getString(2) + ": " + CoachTasks.excerpt(rs.getString(3)), null,
                "/fidelity/" + rs.getObject(4, UUID.class) + "/report"));
    }
}

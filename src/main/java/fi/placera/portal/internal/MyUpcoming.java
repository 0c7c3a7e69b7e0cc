package fi.placera.portal.internal;

import fi.placera.planning.ActionPlans;
import fi.placera.planning.CounsellingDue;
import fi.placera.planning.ReviewDue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Coming up" on the client's start page: what the client takes part in, by when (decision 0042, refining 0026) —
 * the next check of the plan with the coach, benefits counselling due, and the questionnaires to answer. Placera has
 * no appointment calendar, so these dated dues are the client's next meetings. The coach's own follow-along support
 * windows are internal targets of the team and are not listed: they are not appointments the client has.
 */
public class MyUpcoming {

    /** How long after its day something not yet done stays listed. */
    static final int DAYS_AFTER = 7;

    private MyUpcoming() {
    }

    /**
     * One thing coming up: by when, the message key of what it is, and the name it needs (a questionnaire's), or
     * null.
     */
    public record Item(LocalDate dueOn, String what, String name) {
    }

    /** The client's items, earliest first. */
    public static List<Item> of(List<ReviewDue> reviews, List<CounsellingDue> counselling,
            List<MyQuestionnaires.Due> questionnaires, LocalDate today) {
        List<Item> items = new ArrayList<>();
        reviews.stream().filter(due -> !due.done()).min(Comparator.comparing(ReviewDue::dueOn))
                .ifPresent(next -> items.add(new Item(next.dueOn(), "portal.upcoming.review." + next.milestone(), null)));
        counselling.stream().filter(due -> !due.met() && !due.dueOn().isBefore(today.minusDays(DAYS_AFTER)))
                .forEach(due -> items.add(new Item(due.dueOn(), "portal.upcoming.counselling." + due.reason(), null)));
        questionnaires.forEach(due -> items.add(new Item(due.overdue() ? due.closesOn() : due.dueOn(),
                due.overdue() ? "portal.upcoming.questionnaire.late" : "portal.upcoming.questionnaire",
                due.instrumentName())));
        return items.stream().sorted(Comparator.comparing(Item::dueOn)).toList();
    }
}

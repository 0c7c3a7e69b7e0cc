package fi.placera.portal.internal;

import fi.placera.meetings.ClientMeetings.Appointment;
import fi.placera.planning.CounsellingDue;
import fi.placera.planning.ReviewDue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Coming up" on the client's start page: what the client takes part in, by when (decisions 0042 and 0061) — the
 * meetings booked with the coach (day, time and place, never the coach's note), the next check of the plan with the
 * coach, benefits counselling due, and the questionnaires to answer. The coach's own follow-along support windows are
 * internal targets of the team and are not listed: they are not appointments the client has.
 */
public class MyUpcoming {

    /** How long after its day something not yet done stays listed. */
    static final int DAYS_AFTER = 7;

    private MyUpcoming() {
    }

    /**
     * One thing coming up: by when, the message key of what it is, the name it needs (a questionnaire's) or null, and
     * the booked appointment it is, or null.
     */
    public record Item(LocalDate dueOn, String what, String name, Appointment appointment) {

        Item(LocalDate dueOn, String what, String name) {
            this(dueOn, what, name, null);
        }

        /** A booked meeting's start, so that two on one day are in order; a due has no hour and comes first. */
        LocalTime at() {
            return appointment == null ? LocalTime.MIN : appointment.startsAt();
        }
    }

    /** The client's items, earliest first; {@code appointments} are the coming ones that still stand. */
    public static List<Item> of(List<Appointment> appointments, List<ReviewDue> reviews,
            List<CounsellingDue> counselling, List<MyQuestionnaires.Due> questionnaires, LocalDate today) {
        List<Item> items = new ArrayList<>();
        appointments.forEach(booked -> items.add(new Item(booked.day(), "portal.upcoming.appointment", null, booked)));
        reviews.stream().filter(due -> !due.done()).min(Comparator.comparing(ReviewDue::dueOn))
                .ifPresent(next -> items.add(new Item(next.dueOn(), "portal.upcoming.review." + next.milestone(), null)));
        counselling.stream().filter(due -> !due.met() && !due.dueOn().isBefore(today.minusDays(DAYS_AFTER)))
                .forEach(due -> items.add(new Item(due.dueOn(), "portal.upcoming.counselling." + due.reason(), null)));
        questionnaires.forEach(due -> items.add(new Item(due.overdue() ? due.closesOn() : due.dueOn(),
                due.overdue() ? "portal.upcoming.questionnaire.late" : "portal.upcoming.questionnaire",
                due.instrumentName())));
        return items.stream().sorted(Comparator.comparing(Item::dueOn).thenComparing(Item::at)).toList();
    }
}

package fi.placera.worktime;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A coach's time per ISO week, by activity and place, for fidelity items S2 and V13. Refusals are
 * Rejections naming the form field of the cell they concern ({@link #cell}), or no field for the whole week.
 */
public interface CoachTime {

    /** A week holds at most this many recorded hours. */
    int MAX_WEEK_HOURS = 80;

    enum Activity {
        JOB_DEVELOPMENT, CLIENT_WORK, FOLLOW_ALONG, CARE_TEAM, TEAM_MEETING, DOCUMENTATION, OTHER_THAN_EMPLOYMENT;

        /** Whether this time counts as employment work for fidelity item S2. */
        public boolean employment() {
            return this != OTHER_THAN_EMPLOYMENT;
        }
    }

    enum Place { COMMUNITY, OFFICE }

    /** The week's recorded hours; a week nothing was recorded for has no hours and no shares. */
    Week weekOf(UUID staffMemberId, LocalDate weekStart);

    /**
     * Replaces the hours of the ISO week of {@code weekStart} (any day, normally its Monday) with these; a missing
     * or zero cell is no time. Refused for a week after the current one, over {@value #MAX_WEEK_HOURS} hours in the week,
     * negative hours or more than one decimal.
     */
    void record(UUID staffMemberId, short areaId, LocalDate weekStart, Map<Activity, Map<Place, BigDecimal>> hours,
            UUID recordedBy);

    /** The shares over the weeks starting from {@code from} to {@code to}, both included. */
    Shares sharesOf(Collection<UUID> staffMemberIds, LocalDate from, LocalDate to);

    /**
     * Each staff member's hours over the weeks starting from {@code from} to {@code to}, both included: all recorded
     * hours and those of employment work (every activity but {@link Activity#OTHER_THAN_EMPLOYMENT}). A staff member
     * with nothing recorded is absent from the map.
     */
    Map<UUID, Hours> hoursOf(Collection<UUID> staffMemberIds, LocalDate from, LocalDate to);

    /** The Monday of the ISO week the day falls in. */
    static LocalDate mondayOf(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    /** The form field of one activity and place, which refusals name. */
    static String cell(Activity activity, Place place) {
        return activity.name() + "-" + place.name();
    }

    record Week(LocalDate monday, Map<Activity, Map<Place, BigDecimal>> hours, Shares shares) {

        public Week {
            hours = Map.copyOf(hours);
        }

        /** The hours of one cell, or null when none were recorded. */
        public BigDecimal hours(Activity activity, Place place) {
            return hours.getOrDefault(activity, Map.of()).get(place);
        }

        /** The hours of one place over all activities. */
        public BigDecimal total(Place place) {
            return hours.values().stream().map(places -> places.getOrDefault(place, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /**
     * Total hours and, as percentages with one decimal, the shares of employment work (S2) and of time in the
     * community (V13); the shares are null when no hours were recorded.
     */
    /** One staff member's recorded hours in a period: all of them and those of employment work. */
    record Hours(BigDecimal total, BigDecimal employment) {
    }

    record Shares(BigDecimal totalHours, BigDecimal employmentShare, BigDecimal communityShare) {
    }
}

package fi.placera.worktime.internal;

import fi.placera.platform.Rejection;
import fi.placera.worktime.CoachTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coach time in PostgreSQL: one row per week, activity and place; the shares are computed by the query. */
@Service
class JdbcCoachTime implements CoachTime {

    private static final BigDecimal MAX_WEEK = BigDecimal.valueOf(MAX_WEEK_HOURS);
    private static final List<String> EMPLOYMENT = Arrays.stream(Activity.values()).filter(Activity::employment)
            .map(Activity::name).toList();

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCoachTime(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Cell(Activity activity, Place place, BigDecimal hours) {
    }

    @Override
    public Week weekOf(UUID staffMemberId, LocalDate weekStart) {
        LocalDate monday = CoachTime.mondayOf(weekStart);
        Map<Activity, Map<Place, BigDecimal>> hours = new EnumMap<>(Activity.class);
        jdbc.sql("select activity, place, hours from coach_time where staff_member_id = ? and week_start = ?")
                .params(staffMemberId, monday)
                .query(rs -> {
                    hours.computeIfAbsent(Activity.valueOf(rs.getString(1)), activity -> new EnumMap<>(Place.class))
                            .put(Place.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                });
        return new Week(monday, hours, sharesOf(List.of(staffMemberId), monday, monday));
    }

    @Override
    @Transactional
    public void record(UUID staffMemberId, short areaId, LocalDate weekStart,
            Map<Activity, Map<Place, BigDecimal>> hours, UUID recordedBy) {
        LocalDate monday = notAfterThisWeek(weekStart);
        List<Cell> cells = withinTheWeek(cells(hours));
        // one recording of a staff member's time at a time, so that two saves of a week never both insert
        jdbc.sql("select staff_member_id from organisation_facts_staff where staff_member_id = ? for no key update").param(staffMemberId).query().listOfRows();
        jdbc.sql("delete from coach_time where staff_member_id = ? and week_start = ?")
                .params(staffMemberId, monday).update();
        for (Cell cell : cells) {
            jdbc.sql("""
                            insert into coach_time (id, area_id, staff_member_id, week_start, activity, place, hours,
                                                    recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), areaId, staffMemberId, monday, cell.activity().name(),
                            cell.place().name(), cell.hours(), recordedBy)
                    .update();
        }
    }

    @Override
    public Shares sharesOf(Collection<UUID> staffMemberIds, LocalDate from, LocalDate to) {
        if (staffMemberIds.isEmpty()) {
            return new Shares(BigDecimal.ZERO, null, null);
        }
        return jdbc.sql("""
                        select coalesce(sum(hours), 0),
                               round(100 * coalesce(sum(hours) filter (where activity in (:employment)), 0)
                                     / nullif(sum(hours), 0), 1),
                               round(100 * coalesce(sum(hours) filter (where place = :community), 0)
                                     / nullif(sum(hours), 0), 1)
                        from coach_time
                        where staff_member_id in (:staff) and week_start between :from and :to""")
                .param("employment", EMPLOYMENT)
                .param("community", Place.COMMUNITY.name())
                .param("staff", staffMemberIds)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new Shares(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    @Override
    public Map<UUID, Hours> hoursOf(Collection<UUID> staffMemberIds, LocalDate from, LocalDate to) {
        Map<UUID, Hours> hours = new java.util.HashMap<>();
        if (staffMemberIds.isEmpty()) {
            return hours;
        }
        jdbc.sql("""
                        select staff_member_id, sum(hours),
                               coalesce(sum(hours) filter (where activity in (:employment)), 0)
                        from coach_time
                        where staff_member_id in (:staff) and week_start between :from and :to
                        group by staff_member_id""")
                .param("employment", EMPLOYMENT)
                .param("staff", staffMemberIds)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> hours.put(rs.getObject(1, UUID.class), new Hours(rs.getBigDecimal(2),
                        rs.getBigDecimal(3))))
                .list();
        return hours;
    }

    /** The week's Monday, unless the week lies after the current one: time is recorded once it is spent. */
    private LocalDate notAfterThisWeek(LocalDate weekStart) {
        LocalDate monday = CoachTime.mondayOf(weekStart);
        if (monday.isAfter(CoachTime.mondayOf(LocalDate.now(clock)))) {
            throw new Rejection(null, "time.week.future");
        }
        return monday;
    }

    /** The cells with time, in the order of the form, so that the first refusal is the first wrong cell. */
    private static List<Cell> cells(Map<Activity, Map<Place, BigDecimal>> hours) {
        List<Cell> cells = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            for (Place place : Place.values()) {
                BigDecimal cell = hours.getOrDefault(activity, Map.of()).get(place);
                if (cell != null && cell.signum() != 0) {
                    cells.add(new Cell(activity, place, valid(cell, CoachTime.cell(activity, place))));
                }
            }
        }
        return cells;
    }

    private static BigDecimal valid(BigDecimal hours, String field) {
        if (hours.signum() < 0) {
            throw new Rejection(field, "time.hours.negative");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            throw new Rejection(field, "time.hours.decimals");
        }
        return hours;
    }

    private static List<Cell> withinTheWeek(List<Cell> cells) {
        BigDecimal total = cells.stream().map(Cell::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(MAX_WEEK) > 0) {
            throw new Rejection(null, "time.week.too-many-hours", MAX_WEEK_HOURS);
        }
        return cells;
    }
}

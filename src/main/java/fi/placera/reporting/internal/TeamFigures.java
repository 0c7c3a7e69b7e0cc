package fi.placera.reporting.internal;

import fi.placera.platform.IpsModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team leader's figures for one IPS team on one day. Each count is the number of rows behind it, so the
 * list a figure links to and the figure itself come from the same definition. Both are kept while the records they
 * read are unchanged ({@link KeptFigures}).
 */
@Component
public class TeamFigures {

    private final JdbcClient jdbc;
    private final KeptFigures kept;

    TeamFigures(JdbcClient jdbc, KeptFigures kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** What the figures of one team on one day are kept by ({@link KeptFigures}). */
    private record TeamDay(String what, UUID teamId, LocalDate day) {
    }

    /** The figures that count clients (or their jobs, support contacts and reviews) and so can list them. */
    public enum Figure {
        REFERRED, ENROLLED, WORKING, ENDED, WITHOUT_FIRST_CONTACT, SUPPORT_OVERDUE, REVIEWS_OVERDUE,
        IN_CASELOAD, FROM_OWN_CARE_TEAMS
    }

    /** One client behind a figure, with the day that puts them there (a referral, a job start, a due day…). */
    public record Row(Figure figure, UUID clientId, UUID coachStaffId, LocalDate day) {
    }

    /**
     * A coach's caseload against the prorated limit ({@link IpsModel#CASELOAD_PER_FTE} per full-time coach). A coach
     * of several teams has one caseload, counted against their FTE in all of them, as the limit is held.
     */
    public record Caseload(String coach, int active, int limit) {
    }

    /** How many of something, out of how many. */
    public record Share(int part, int whole) {

        /** The share in per cent, or null when there is nothing to share. */
        public Integer percent() {
            return whole == 0 ? null : Math.round(100f * part / whole);
        }
    }

    /** Collaboration with the care teams (O1, O2) and with employment services and Kela (O3). */
    public record Collaboration(Share fromOwnCareTeams, Share careTeamMeetingsAttended, int agencyMeetings,
            int agencyClientContacts) {
    }

    /**
     * The team's figures. Job starts and days to the first employer contact are outcome-report figures and come
     * from {@link fi.placera.reporting.Outcomes}, not from here.
     */
    public record Figures(List<Caseload> caseloads, Map<Figure, Integer> counts, BigDecimal contactsPerCoachWeek,
            Collaboration collaboration) {

        public int count(Figure figure) {
            return counts.getOrDefault(figure, 0);
        }
    }

    public Figures of(UUID teamId, LocalDate today) {
        return kept.of(new TeamDay("figures", teamId, today), Figures.class, () -> computed(teamId, today));
    }

    private Figures computed(UUID teamId, LocalDate today) {
        List<Caseload> caseloads = caseloads(teamId);
        Map<Figure, Integer> counts = rows(teamId, today).stream()
                .collect(Collectors.groupingBy(Row::figure, Collectors.collectingAndThen(Collectors.counting(), Long::intValue)));
        Function<Figure, Integer> count = figure -> counts.getOrDefault(figure, 0);
        // kept and shared between requests, so unmodifiable
        return new Figures(List.copyOf(caseloads), Map.copyOf(counts), contactsPerCoachWeek(teamId, today, caseloads.size()),
                new Collaboration(new Share(count.apply(Figure.FROM_OWN_CARE_TEAMS), count.apply(Figure.IN_CASELOAD)),
                        careTeamMeetingsAttended(teamId, today), agencyMeetings(teamId, today),
                        agencyClientContacts(teamId, today)));
    }

    private List<Caseload> caseloads(UUID teamId) {
        return jdbc.sql("""
                        select s.first_name || ' ' || s.last_name, coalesce(c.active_clients, 0),
                               (select sum(t.fte) from organisation_facts_team_member t
                                where t.staff_member_id = m.staff_member_id) as fte_in_all_teams
                        from organisation_facts_team_member m join organisation_facts_staff s on s.staff_member_id = m.staff_member_id
                        left join clients_facts_caseload c on c.staff_member_id = m.staff_member_id
                        where m.ips_team_id = ? and m.team_role = 'COACH' order by s.last_name, s.first_name""")
                .param(teamId)
                .query((rs, row) -> new Caseload(rs.getString(1), rs.getInt(2), IpsModel.caseloadLimit(rs.getBigDecimal(3))))
                .list();
    }

    /** The rows behind one figure, by day. */
    public List<Row> rowsOf(UUID teamId, LocalDate today, Figure figure) {
        return rows(teamId, today).stream().filter(row -> row.figure() == figure).toList();
    }

    /**
     * Every counted row of the team, defined once: the phases referred, enrolled and ended as clients publishes them
     * ({@code clients_facts_phase}), working as {@code clients_facts_phase_on} says (in a competitive job today),
     * enrolled in the last year without a face-to-face employer contact since (the outcome report's
     * cohort_without_employer_contact over the last 365 days, listed), support contacts and plan reviews (at the
     * model's review months) past their day, the coaches' active caseload and those of it referred from the coach's
     * own care teams (O1).
     */
    @SuppressWarnings("unchecked")
    private List<Row> rows(UUID teamId, LocalDate today) {
        return kept.of(new TeamDay("rows", teamId, today), List.class, () -> List.copyOf(rowsComputed(teamId, today)));
    }

    private List<Row> rowsComputed(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        with team_client as (
                            select cl.client_id as id, cl.coach_staff_id, a.enrolled_on as agreed_on, r.referred_on,
                                   r.care_team_id as referred_by_care_team, p.phase, p.since
                            from clients_facts_client cl
                            join clients_facts_phase p on p.client_id = cl.client_id
                            left join consent_facts_enrolment a on a.client_id = cl.client_id
                            left join clients_facts_referral r on r.client_id = cl.client_id
                            where cl.ips_team_id = :team
                        ), enrolled as (
                            select * from team_client where phase = 'ENROLLED'
                        ), caseload as (
                            select * from team_client where coach_staff_id is not null and phase <> 'ENDED'
                        )
                        select phase, id, coach_staff_id, since from team_client
                        where phase in ('REFERRED', 'ENROLLED', 'ENDED')
                        union all
                        select 'WORKING', c.id, c.coach_staff_id, w.since from enrolled c
                        join clients_facts_phase_on(:today) w on w.client_id = c.id and w.phase = 'WORKING'
                        union all
                        select 'WITHOUT_FIRST_CONTACT', c.id, c.coach_staff_id, c.agreed_on from team_client c
                        join employers_facts_first_face_to_face_contact f on f.client_id = c.id and f.enrolled_on = c.agreed_on
                        where c.agreed_on > :today - 365 and f.contacted_on is null
                        union all
                        select 'SUPPORT_OVERDUE', c.id, c.coach_staff_id, d.due_on from team_client c
                        join support_facts_due d on d.client_id = c.id
                        where not d.cancelled and not d.met and d.due_on < :today
                        union all
                        select 'REVIEWS_OVERDUE', c.id, c.coach_staff_id, r.due_on
                        from team_client c join planning_facts_plan_review(array[:reviewMonths]) r on r.client_id = c.id
                        where r.due_on < :today and not r.done
                        union all
                        select 'IN_CASELOAD', id, coach_staff_id, coalesce(agreed_on, referred_on) from caseload
                        union all
                        select 'FROM_OWN_CARE_TEAMS', c.id, c.coach_staff_id, c.referred_on from caseload c
                        join organisation_facts_care_team_member ct on ct.staff_member_id = c.coach_staff_id
                                                    and ct.care_team_id = c.referred_by_care_team
                        order by 1, 4, 2""")
                .param("team", teamId)
                .param("today", today)
                .param("reviewMonths", IpsModel.PLAN_REVIEW_MONTHS)
                .query((rs, row) -> new Row(Figure.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Face-to-face employer contacts this ISO week per coach of the team. */
    private BigDecimal contactsPerCoachWeek(UUID teamId, LocalDate today, int coaches) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int faceToFace = jdbc.sql("""
                        select count(*) from employers_facts_contact e
                        join organisation_facts_team_member m on m.staff_member_id = e.coach_staff_id and m.ips_team_id = ?
                        where e.face_to_face and e.contacted_on between ? and ?""")
                .params(teamId, monday, monday.plusDays(6)).query(Integer.class).single();
        return coaches == 0 ? null
                : BigDecimal.valueOf(faceToFace).divide(BigDecimal.valueOf(coaches), 1, RoundingMode.HALF_UP);
    }

    /** The team's coaches' care-team meetings in the last weeks: attended, out of recorded. */
    private Share careTeamMeetingsAttended(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where t.coach_attended), count(*) from meetings_facts_care_team_meeting t
                        join organisation_facts_team_member m on m.staff_member_id = t.coach_staff_id and m.ips_team_id = ?
                        where t.held_on between ? and ?""")
                .params(teamId, today.minusWeeks(IpsModel.CARE_TEAM_ATTENDANCE_WEEKS), today)
                .query((rs, row) -> new Share(rs.getInt(1), rs.getInt(2))).single();
    }

    private int agencyMeetings(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from meetings_facts_agency_meeting where ips_team_id = ?
                        and held_on between ? and ?""")
                .params(teamId, today.minusDays(IpsModel.AGENCY_COLLABORATION_DAYS), today).query(Integer.class).single();
    }

    private int agencyClientContacts(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from meetings_facts_agency_contact a join clients_facts_client cl on cl.client_id = a.client_id
                        where cl.ips_team_id = ? and a.contacted_on between ? and ?""")
                .params(teamId, today.minusDays(IpsModel.AGENCY_COLLABORATION_DAYS), today).query(Integer.class).single();
    }
}

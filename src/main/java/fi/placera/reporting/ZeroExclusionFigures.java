package fi.placera.reporting;

import fi.placera.reporting.Outcomes.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Zero exclusion beside the outcome report (decision 0069): who waits on the teams' waiting lists today and the
 * longest wait in days, and the period's step-downs to the care team, reported apart from the other ends of service.
 * The contract's fields (data-exchange.md section 2) stay as they are; these figures are shown next to them. A report
 * that leaves the team hides a small count, and with it the longest wait, which is one person's.
 */
@Component
public class ZeroExclusionFigures {

    /** The figures: a count, or {@link SmallCells#SUPPRESSED}; the longest wait is null when nobody waits. */
    public record Figures(Object waitingNow, Object longestWaitDays, Object stepDowns) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ZeroExclusionFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Figures of(Scope scope, LocalDate from, LocalDate to, boolean suppressed) {
        // sql-reviewed: one of three constant conditions, chosen by the kind of scope; every value is a parameter
        return jdbc.sql("""
                        with waiting as (
                            select waiting_since from clients_facts_wait
                            where waited_until is null and waiting_since <= :today and %1$s
                        )
                        select (select count(*) from waiting),
                               (select max(:today - waiting_since) from waiting),
                               (select count(*) from clients_facts_service_end
                                where reason = 'STEP_DOWN_TO_CARE_TEAM' and ended_on between :from and :to and %1$s)"""
                        .formatted(inScope(scope)))
                .param("teams", scope.ipsTeamIds() == null ? null : scope.ipsTeamIds().toArray(UUID[]::new))
                .param("area", scope.areaId())
                .param("today", LocalDate.now(clock))
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> {
                    int waiting = rs.getInt(1);
                    Integer longest = rs.getObject(2, Integer.class);
                    int stepDowns = rs.getInt(3);
                    boolean hideWaiting = suppressed && SmallCells.small(waiting);
                    return new Figures(hideWaiting ? SmallCells.SUPPRESSED : waiting,
                            hideWaiting && longest != null ? SmallCells.SUPPRESSED : longest,
                            suppressed && SmallCells.small(stepDowns) ? SmallCells.SUPPRESSED : stepDowns);
                }).single();
    }

    /**
     * Which clients the scope holds, as a condition on {@code client_id}: one statement per kind of scope rather than
     * one that tests every kind, whose generic plan read every client of the country for a team's report, and a
     * national report that reads no client at all.
     */
    private static String inScope(Scope scope) {
        if (scope.ipsTeamIds() != null) {
            return "client_id in (select client_id from clients_facts_client where ips_team_id = any(:teams))";
        }
        return scope.areaId() != null
                ? "client_id in (select client_id from clients_facts_client where area_id = :area)"
                : "true";
    }
}

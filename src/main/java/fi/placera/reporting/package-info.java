/**
 * Reporting: the figures a team and its steering group live by. So far the team leader's view of one IPS
 * team — caseloads against the limit, clients per phase, employer contacts per coach-week, days to the first
 * employer contact, job starts this quarter, support contacts and plan reviews overdue, the collaboration
 * with care teams, employment services and Kela (O1–O3) — each count linking to the clients behind it; and
 * the agenda of the team's weekly meeting ({@link fi.placera.reporting.TeamAgenda}); and the coaches' recorded
 * time (S2, V13) from {@code worktime}. Coaches appear by name
 * for balancing caseloads, never ranked.
 *
 * <p>Figures that leave the team (the outcome report for managers and evaluators, the evaluator's study view in
 * {@code research}) cover calendar periods only ({@link fi.placera.reporting.CalendarPeriods}) and take their cells
 * from {@link fi.placera.reporting.OutsideFigures}, which hides small cells and the cells that would reveal them by
 * differences across teams, areas and periods (decision 0036).
 *
 * <p>Reads the other modules' tables with read-only SQL (a reporting concern; the outcome report of issue 8
 * will move to pre-aggregated tables). {@code meetings} depends on this one for the agenda,
 * {@code fidelity} for the outcome report behind its pre-scores.
 *
 * <p>Reads other modules' data only through their published facts (SQL views, decision 0049).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "clients", "identity", "organisation", "platform", "worktime"})
package fi.placera.reporting;

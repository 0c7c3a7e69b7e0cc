/**
 * Reporting: the figures a team and its steering group live by. So far the team leader's view of one IPS
 * team — caseloads against the limit, clients per phase, employer contacts per coach-week, days to the first
 * employer contact, job starts this quarter, support contacts and plan reviews overdue. Coaches appear by
 * name for balancing caseloads, never ranked.
 *
 * <p>Reads the other modules' tables with read-only SQL (a reporting concern; the outcome report of issue 8
 * will move to pre-aggregated tables). No module depends on this one.
 */
package fi.placera.reporting;

/**
 * IPS fidelity reviews on the IPS-25 scale: the scale itself as versioned data (items, anchors in Finnish,
 * Swedish and English, bands and the cut points of the items Placera can pre-score), reviews of one IPS team
 * over a period by two or more reviewers, moving from draft to agreed to published, and the pre-scores that
 * Placera proposes from its own records when a review opens (caseload, care-team assignment, days to the first
 * employer contact, employer contacts per coach-week, diversity of jobs and employers, competitive jobs,
 * follow-along on time, employment and community time).
 *
 * <p>Public API: {@link fi.placera.fidelity.FidelityReviews} with its value types. Depends on {@code platform},
 * {@code identity} (who reads), {@code organisation} (teams and coaches), {@code reporting} (the outcome report)
 * and {@code worktime} (coach time); it reads other modules' tables with read-only SQL for the pre-scores, as
 * reporting does. A review holds team-level figures only, never client data. No module depends on this one.
 */
package fi.placera.fidelity;

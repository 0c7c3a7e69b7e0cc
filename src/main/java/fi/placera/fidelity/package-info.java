/**
 * IPS fidelity reviews on the IPS-25 scale: the scale itself as versioned data (items, anchors in Finnish,
 * Swedish and English, bands and the cut points of the items Placera can pre-score), reviews of one IPS team
 * over a period by two or more reviewers, moving from draft to agreed to published, and the pre-scores that
 * Placera proposes from its own records when a review opens (caseload, generalists, care-team assignment, zero
 * exclusion, benefits counselling, profiles in time, days to the first employer contact, employer contacts per
 * coach-week, diversity of jobs and employers, competitive jobs, follow-along on time, outreach, employment and
 * community time, disclosure, collaboration with employment services and Kela, executive support from the steering
 * group's meetings — decision 0084), the figures the records give for the items that need the reviewers' judgement
 * (O2, O4, O5, V7, V11) without a score, with the records behind
 * each figure for those who work on the review and each reviewer's own score before the consensus. The next review
 * and a published review's actions come on the team leaders' week ({@code clients.CoachTasks}, decision 0072).
 *
 * <p>Public API: {@link fi.placera.fidelity.FidelityReviews} with its value types. Depends on {@code platform},
 * {@code identity} (who reads), {@code organisation} (teams and coaches), {@code reporting} (the outcome report),
 * {@code worktime} (coach time), {@code planning} (the profile meetings aimed at) and {@code clients} (names in
 * the records behind a pre-score, each read decided and logged); it reads other modules' tables with read-only
 * SQL for the pre-scores, as reporting does. A review holds team-level figures only, never client data. Only
 * {@code research} (the evaluator's view) depends on this one.
 *
 * <p>Published facts (SQL views, decision 0049): fidelity_facts_published_score. Reads other modules' data only
 * through their published facts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "clients", "identity", "organisation", "planning", "platform", "reporting", "worktime"})
package fi.placera.fidelity;

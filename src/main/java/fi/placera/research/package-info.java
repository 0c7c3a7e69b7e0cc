/**
 * Research use of evaluation data: studies of the national evaluation with their areas, period, legal
 * basis and date handling; per-study pseudonyms (HMAC-SHA-256 under the study's own key, kept in a key file outside
 * the database); pseudonymised extracts (CSV and Parquet with a codebook and an R import script) built in the
 * background; register linkage files for a permitted study's trusted third party, deleted after their one delivery;
 * the disclosure trail every extract and linkage file leaves; and the evaluator's view of a study
 * ({@code StudyOverviews}): outcomes, fidelity reviews and costs of its areas, collaboration models and teams over
 * its years or quarters, small cells suppressed; and the submitted self-evaluations and interim reports of its areas,
 * which its evaluators read, acknowledge and download as PDF and THL's JSON (decision 0085).
 *
 * <p>Public API: {@link fi.placera.research.Studies} and {@link fi.placera.research.Study}. Depends on
 * {@code platform}, {@code identity} (who asks), {@code audit} (a study's creation in the administrators' trail) and
 * {@code reporting} (the outcome report and its suppression), {@code organisation}, {@code fidelity} and
 * {@code evaluation} (team costs, self-reports) for the evaluator's view; it reads other modules' tables with read-only SQL for
 * the extracts, as reporting does. No module depends on this one.
 *
 * <p>Reads other modules' data only through their published facts (SQL views, decision 0049).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "evaluation", "fidelity", "identity", "organisation", "platform", "reporting"})
package fi.placera.research;

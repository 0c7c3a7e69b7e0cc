/**
 * Research use of evaluation data (issue 12): studies of the national evaluation with their areas, period, legal
 * basis and date handling; per-study pseudonyms (HMAC-SHA-256 under the study's own key, kept in a key file outside
 * the database); pseudonymised extracts (CSV and Parquet with a codebook and an R import script) built in the
 * background; register linkage files for a permitted study's trusted third party, deleted after their one delivery;
 * and the disclosure trail every extract and linkage file leaves.
 *
 * <p>Public API: {@link fi.placera.research.Studies} and {@link fi.placera.research.Study}. Depends on
 * {@code platform}, {@code identity} (who asks), {@code consent} (who has consented to research use) and
 * {@code reporting} (the outcome report's scope); it reads other modules' tables with read-only SQL for the extracts,
 * as reporting does. No module depends on this one except the evaluator's view.
 */
package fi.placera.research;

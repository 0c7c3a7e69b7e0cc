/**
 * Evaluation data for the national programme: instruments as versioned data (items, response scales, scoring rules,
 * texts in Finnish, Swedish and English; WHO-5, PHQ-9, GAD-7, MHI-5, WHODAS 2.0 12-item, the coach's background form
 * and the referral form are seeded, administrators add more without a release), pure scoring, the follow-up schedule
 * (baseline, programme mid-point and end, +6 and +12 months after enrolment by default) with the due follow-ups on the
 * coach's week, responses filled in by the coach or answered through one-time links without login, the results
 * per client over time and the team's change from baseline, employer/care-team/coach questionnaires about a team and
 * period (a care-team questionnaire optionally to a care-team member in Placera, who opens it from their workspace:
 * decision 0083), safety items (PHQ-9 item 9) whose answers raise an alert for the client's team with the crisis contacts of
 * the area shown to the client at once (decision 0035), the team's yearly costs with cost per result (also with the salaries apportioned by the coaches' recorded
 * time) and an alternative-cost estimate, the team leader's page for the follow-up schedule (versioned rows: a change
 * never moves a follow-up already open), self-evaluations and interim reports per team and per area (the area's
 * assembling its teams' submitted ones; draft, submitted and read-only, acknowledged by an evaluator) with their PDF
 * and THL's JSON document ({@code SelfReportExports}), and the manager's view of the area. See
 * docs/decisions/0021-evaluation.md, 0027-evaluation-costs-schedule-reminders.md, 0081 and 0085.
 *
 * <p>Public API: {@link fi.placera.evaluation.Instruments}, {@link fi.placera.evaluation.Questionnaires},
 * {@link fi.placera.evaluation.FollowUps}, {@link fi.placera.evaluation.Scoring} and {@link
 * fi.placera.evaluation.Answers}, {@link fi.placera.evaluation.ChangeFromBaseline}, {@link
 * fi.placera.evaluation.TeamCosts}, {@link fi.placera.evaluation.SelfReports}, {@link
 * fi.placera.evaluation.SelfReportExports}, {@link
 * fi.placera.evaluation.SafetyAlerts} and {@link fi.placera.evaluation.CrisisContacts} with their value types. Depends on
 * {@code platform}, {@code identity} (the signed-in user; access decisions through {@code clients.ClientDirectory},
 * kind EVALUATION), {@code clients} (the client a page is about; {@code CoachTasks} and {@code UrgentTasks} for the week), {@code organisation}
 * (teams and their coaches' FTE), {@code worktime} (the coaches' recorded hours for the costs), {@code consent}
 * (evaluators see consenting clients only), {@code audit} (instrument versions in the administrators' audit trail), {@code notifications} (a questionnaire's
 * link and reminder to the client, an urgent task to the coach) and {@code reporting} (the outcome report and its small-cell rule); it reads the client and cooperation agreement tables with read-only SQL for the schedule, as
 * reporting does. {@code portal} (the questionnaires due) and {@code research} (team costs; the submitted self-evaluations and
 * interim reports its evaluators read) depend on this one.
 *
 * <p>Published facts (SQL views, decision 0049): evaluation_facts_submitted_response, evaluation_facts_team_cost,
 * evaluation_facts_instrument_name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "clients", "consent", "fidelity", "identity", "notifications", "organisation", "platform",
        "reporting", "worktime"})
package fi.placera.evaluation;

/**
 * Planning: the client's action plan, its versions and its reviews at 3, 6 and 12 months and
 * whenever needed; benefits counselling and when it is due (at the start of the service, before each job
 * start and when hours or pay change). All of it needs a cooperation agreement first (phases 2–5 wait for it).
 *
 * <p>Public API: {@link fi.placera.planning.ActionPlans}, {@link fi.placera.planning.BenefitsCounselling} and
 * their value types. Depends on {@code consent} (the agreement) and {@code identity} (and {@code audit} for the
 * access actions of its pages); {@code jobs} raises the counselling dues of job starts and changes. Callers check the
 * user's access to the client before calling it; its own forms on the client's record page and its API
 * ({@code planning.web}) find the client through {@link fi.placera.identity.ClientRecords}.
 *
 * <p>A counselling session or a profile meeting recorded by mistake is voided by who recorded it or the client's team
 * leader, with a reason kept in {@code audit}'s record history; it leaves the facts (decision 0076).
 *
 * <p>Published facts (SQL views, decision 0049): planning_facts_plan_review(months) (the reviews at
 * the model's months, passed in by the reader: IpsModel.PLAN_REVIEW_MONTHS),
 * planning_facts_benefits_counselling and planning_facts_profile_meeting (voided sessions and meetings left out),
 * planning_facts_profile_saved,
 * planning_facts_disclosure_revisit (the day the latest disclosure decision is revisited, for "my week"),
 * planning_facts_disclosure_discussion (each discussion, whether its pros and cons were written, its revisit day:
 * fidelity V2).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "consent", "identity", "platform"})
package fi.placera.planning;

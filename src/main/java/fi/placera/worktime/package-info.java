/**
 * A coach's working time per ISO week, by activity and place (in the community or at the office), recorded
 * optionally and quickly by the coach. It feeds two IPS fidelity items that no other record answers: S2, the
 * share of coach time spent on employment work (96 % or more scores 5), and V13, the share of scheduled hours
 * spent in the community (65 % or more scores 5).
 *
 * <p>Public API: {@link fi.placera.worktime.CoachTime} with its enums and value types. Depends on
 * {@code platform} (refusals, form helpers) and {@code identity} (the signed-in staff member on its page);
 * {@code fidelity} reads the shares for its pre-scores of S2 and V13.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform"})
package fi.placera.worktime;

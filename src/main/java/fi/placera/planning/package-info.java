/**
 * Planning: the client's action plan, its versions and its reviews at 3, 6 and 12 months and
 * whenever needed. A plan needs a cooperation agreement first (phases 2–5 wait for it).
 *
 * <p>Public API: {@link fi.placera.planning.ActionPlans} and its value types. Depends on {@code consent}
 * (the agreement). Callers check the user's access to the client before calling it.
 */
package fi.placera.planning;

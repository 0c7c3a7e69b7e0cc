/**
 * The statutory pages (decision 0043): the accessibility statement (Act 306/2019) with its feedback
 * channel, the privacy notice (GDPR art. 13-14) and a short help page per role, in Finnish, Swedish and English, for
 * everyone, signed in or not, and per welfare area where the area differs.
 *
 * <p>The statement is generated from what the build checks: {@link fi.placera.statutory.AccessibilityChecks} reads
 * {@code statutory/accessibility.json}, the one file that says which axe-core rules the browser tests run (they read
 * their tags from it too), the date of the statement and the known exceptions. Feedback on accessibility
 * ({@link fi.placera.statutory.AccessibilityFeedback}) is a task on the list of the area's administrators until one
 * of them marks it handled; nothing of it is e-mailed. The controller, data-protection officer and contact of the
 * privacy notice ({@link fi.placera.statutory.PrivacyContacts}) are the area's, edited by its administrators, with
 * national defaults until then.
 *
 * <p>Depends on {@code platform}, {@code identity} (the signed-in user's area and roles), {@code organisation} (the
 * areas), {@code audit} (administrators' changes in their audit trail) and {@code notifications} (new feedback to the
 * administrators). No module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "identity", "notifications", "organisation", "platform"})
package fi.placera.statutory;

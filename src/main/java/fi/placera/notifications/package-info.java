/**
 * Notifications: the one outbox of every message Placera sends to a person, by e-mail (SMTP, {@code spring.mail.*})
 * or SMS (a logging sender, or an HTTP provider chosen by configuration), in the recipient's language (decision 0079).
 * <p>Public API: {@link fi.placera.notifications.Notifications}, with which a module queues a message of a
 * {@link fi.placera.notifications.Notifications.Kind} in its own transaction: to a client over each channel the client
 * allows (read from {@code clients_facts_contact_channel}, so a channel turned off reaches nobody), to staff members
 * (their e-mail from {@code organisation_facts_staff_email}), or to an address being proven (a login code).
 * <p>A queued row keeps no message: its kind, language and a few template arguments (a code, a link, a date — never
 * health data), rendered when it is sent and cleared then. Several nodes deliver at once, each claiming rows with
 * {@code for update skip locked}; a refused row is retried later and later, then marked failed.
 * Depends on {@code platform} only; reads the published facts of {@code clients} and {@code organisation}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package fi.placera.notifications;

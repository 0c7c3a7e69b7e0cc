/**
 * Identity: accounts, roles, login (form login with Argon2id-hashed passwords; multi-factor
 * login slots in here), sessions (Spring Session JDBC) and the web security rules.
 *
 * <p>Public API: {@link fi.placera.identity.Role}, {@link fi.placera.identity.PlaceraUser} (the
 * signed-in user), {@link fi.placera.identity.StaffAccounts} (the staff member behind a user name),
 * and {@link fi.placera.identity.AccessDecisions}, the single place where every
 * read of client data is decided (relationship × role × consent) and logged, with the action of the
 * request that handler methods name with {@link fi.placera.identity.AccessIntent} (an emergency grant
 * only reads). Modules that own client
 * data supply a {@link fi.placera.identity.ClientScope}; {@code clients} implements
 * {@link fi.placera.identity.ClientRecords} for the pages of the modules it depends on; the consent module implements
 * {@link fi.placera.identity.ConsentLookup}. Depends on {@code organisation} (areas, staff, team
 * memberships), {@code audit} (the access log) and {@code notifications} (e-mailed login codes).
 *
 * <p>Published facts (SQL views, decision 0049): identity_facts_account_staff (the staff member behind an account),
 * identity_facts_evaluator (the enabled evaluators by username).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "notifications", "organisation", "platform"})
package fi.placera.identity;

/**
 * Identity: accounts, roles, login (form login with Argon2id-hashed passwords; multi-factor
 * login slots in here), sessions (Spring Session JDBC) and the web security rules.
 *
 * <p>Public API: {@link fi.placera.identity.Role} and {@link fi.placera.identity.PlaceraUser},
 * the signed-in user that other modules read. Depends on {@code organisation} for the welfare
 * areas and staff members an account belongs to.
 */
package fi.placera.identity;

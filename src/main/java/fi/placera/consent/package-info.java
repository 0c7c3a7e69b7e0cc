/**
 * Consent: the client's cooperation agreement with the IPS service and their consents to exchange
 * information, per party and per kind of information, with validity and withdrawal. Implements
 * {@link fi.placera.identity.ConsentLookup}, so every access decision reads the consents as they are now.
 *
 * <p>Public API: {@link fi.placera.consent.Consents} and its value types. Depends on {@code identity}.
 * Callers check the user's access to the client before calling it.
 */
package fi.placera.consent;

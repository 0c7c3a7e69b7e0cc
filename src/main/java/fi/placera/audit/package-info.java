/**
 * Audit: the access and disclosure log required by the client data act (703/2023). Every read,
 * print, export or API read of client data, granted or denied, is one append-only row, sealed into a chain
 * of HMAC-SHA-256 seals (keys in a file outside the database, decision 0034) shortly after it is written;
 * disclosures carry their recipient and legal basis.
 *
 * <p>Public API: {@link fi.placera.audit.AccessLog} (record an access, list who read a client's data,
 * verify the chain) and its value types; {@link fi.placera.audit.RecordRevisions}, the history of corrections and
 * voids of every module's records (decision 0070). Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package fi.placera.audit;

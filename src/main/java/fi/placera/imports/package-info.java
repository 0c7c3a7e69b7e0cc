/**
 * Imports: an IPS team moves in from its spreadsheet tracker (three tables, as CSV files or one XLSX workbook,
 * data-exchange.md section 1). Every row is checked first and every error is reported at once (table, row,
 * column, reason in the user's language); only a tracker without errors is stored, all of it in one
 * transaction, as ordinary Placera records. The tracker's client_ref is kept as the client's external key in
 * the team and every job and contact row gets a key derived from its values, so importing again adds nothing.
 *
 * <p>Public API: {@link fi.placera.imports.TrackerImports} and its value types. The upload pages for team
 * leaders are under /imports and the operator command is {@code import}. Depends on {@code clients}
 * (registering clients, identity codes), {@code consent} (the cooperation agreement), {@code planning} (the
 * vocational profile meeting), {@code employers} (employers, business IDs, contacts), {@code jobs},
 * {@code organisation} (the team, its coaches and the area's care teams), {@code identity} (coaches by user
 * name) and {@code platform} (commands). It writes only its own table, client_external_ref, and publishes the
 * tracker's reference of each client as the view imports_facts_client_ref, which the client search reads (decision 0058).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "clients", "consent", "employers", "identity", "jobs", "organisation", "planning", "platform"})
package fi.placera.imports;

/**
 * Organisation: welfare areas (the 21 areas and Helsinki), IPS teams and their collaboration
 * model, psychiatric care teams, and staff members with their team memberships.
 *
 * <p>Public API: {@link fi.placera.organisation.Organisation} (read-only look-ups for other
 * modules) and the value types it returns; {@link fi.placera.organisation.AreaContacts}, the texts an area names in each
 * language, with the store ({@link fi.placera.organisation.AuditedAreaContacts}) and the administrators' pages
 * ({@link fi.placera.organisation.AreaContactsPages}) that the modules owning such texts (crisis contacts, the
 * privacy notice) build theirs from. Depends on {@code audit} only (every administrative change is a row of
 * its administrators' audit trail); administration pages are scoped to the signed-in
 * {@link fi.placera.platform.Administrator}'s area.
 *
 * <p>Published facts (SQL views, decision 0049): organisation_facts_area, organisation_facts_team,
 * organisation_facts_team_member, organisation_facts_staff, organisation_facts_care_team_member,
 * organisation_facts_team_name, organisation_facts_care_team_name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "platform"})
package fi.placera.organisation;

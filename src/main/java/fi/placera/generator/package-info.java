/**
 * Synthetic data: a deterministic generator of realistic Finnish IPS data (welfare areas, teams, coaches,
 * care teams, clients with valid identity codes, their referrals, agreements, consents, plans, profiles,
 * jobs and follow-along support, evaluation questionnaires (WHO-5, PHQ-9, GAD-7 at baseline, +6 and +12 months)
 * and research consents, employers and employer contacts, meetings and access-log rows), run as the
 * operator command {@code generate --scale demo|small_region|region|national --seed N}. The same seed gives the same
 * rows, so demos and benchmarks can be repeated; rows go in with PostgreSQL COPY so that the national scale
 * loads in minutes.
 *
 * <p>Public API: none; the command is found through {@link fi.placera.platform.command.PlaceraCommand}.
 * Depends on {@code platform} (commands), {@code audit} (sealing the generated access-log rows into the
 * hash chain), {@code clients} (identity codes) and {@code employers} (business IDs). The evaluation rows name
 * the instrument versions that migration V32 seeds, by id; no module code of {@code evaluation} is used.
 *
 * <p>With the {@code demo} profile the same generator gives the demo team its clients and their history up to today on
 * the first start, with a client account and a fidelity review published through {@code fidelity}'s API, so that
 * every page of a demo has something true to show.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "clients", "employers", "fidelity", "platform"})
package fi.placera.generator;

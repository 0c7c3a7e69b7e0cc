package fi.placera.imports;

import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import java.util.Locale;

/**
 * Imports a team's tracker. Both calls check every row first; {@link #preview} then stores it in a transaction
 * that is rolled back (so the counts are exactly what {@link #store} would create), {@link #store} commits it.
 * The caller has checked that the user leads the team. {@code importer} is who imports (an operator at the command
 * line has no area): the rows are recorded as theirs, and checking an identity code that a client of the area
 * already has is their logged look at that client. {@code locale} is the language of the texts the import writes
 * into records (the note of a vocational profile meeting, an exit without a recorded reason).
 */
public interface TrackerImports {

    ImportResult preview(IpsTeamSummary team, TrackerFiles files, PlaceraUser importer, Locale locale);

    ImportResult store(IpsTeamSummary team, TrackerFiles files, PlaceraUser importer, Locale locale);
}

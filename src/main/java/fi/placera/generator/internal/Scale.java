package fi.placera.generator.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How much to generate (quality.md, Synthetic data). Every date is counted back from the scale's reference
 * day, never from today, so that the same seed gives the same rows whenever it is run.
 */
enum Scale {

    DEMO(1, 2, 1, 4, 60),
    /** A region in miniature (three teams, two years), small enough to generate in a test in a few seconds. */
    SMALL_REGION(1, 2, 3, 4, 400),
    REGION(1, 5, 10, 5, 5_000),
    NATIONAL(22, 10, 18, 5, 200_000);

    /** Pohjanmaa / Österbotten, the area of the demo organisation, when the scale has one area. */
    static final short SINGLE_AREA = 17;
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 30);

    final int areas;
    final int years;
    final int teamsPerArea;
    final int coachesPerTeam;
    final int clients;

    Scale(int areas, int years, int teamsPerArea, int coachesPerTeam, int clients) {
        this.areas = areas;
        this.years = years;
        this.teamsPerArea = teamsPerArea;
        this.coachesPerTeam = coachesPerTeam;
        this.clients = clients;
    }

    static Optional<Scale> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The last day with data of {@code generate}: the generated service looks as it would on this day. The demo
     * team's history ends today instead (see {@link DemoHistory}).
     */
    LocalDate referenceDay() {
        return REFERENCE_DAY;
    }

    int coaches() {
        return areas * teamsPerArea * coachesPerTeam;
    }
}

package fi.placera.consent;


import java.util.List;

/**
 * How the client made the cooperation agreement. An agreement moved in from a team's earlier tracker says so:
 * the tracker did not record how it was made, and staff never choose that way themselves.
 */
public enum HowAgreed {
    PAPER_SIGNATURE,
    STRONG_IDENTIFICATION,
    VERBAL_WITH_WITNESS,
    RECORDED_IN_TRACKER;

    /** The ways staff record an agreement made today. */
    public static final List<HowAgreed> RECORDABLE = List.of(PAPER_SIGNATURE, STRONG_IDENTIFICATION, VERBAL_WITH_WITNESS);
}

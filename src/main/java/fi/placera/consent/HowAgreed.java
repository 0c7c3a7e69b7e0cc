package fi.placera.consent;

/** How the client made the cooperation agreement. */
public enum HowAgreed {
    PAPER_SIGNATURE,
    STRONG_IDENTIFICATION,
    VERBAL_WITH_WITNESS
}

package fi.placera.audit;

/** Whether the access was allowed. Denials are logged too. */
public enum AccessOutcome {
    GRANTED,
    DENIED
}

package fi.placera.organisation;

/** How an IPS team's coaches are employed. */
public enum CollaborationModel {
    /** Coaches are employed inside psychiatric care. */
    CARE_INTEGRATED,
    /** Coaches are employed by a partner organisation that runs employment services. */
    PARTNER_ORGANISATION
}

package fi.placera.consent;

/** Who a client's information may be exchanged with. */
public enum Party {
    CARE_TEAM,
    EMPLOYMENT_SERVICES,
    KELA,
    OCCUPATIONAL_HEALTH,
    SOCIAL_SERVICES,
    EDUCATION,
    EMPLOYER,
    /** Another welfare area, named by its code: what handing the client over to it needs (decision 0082). */
    WELFARE_AREA,
    OTHER
}

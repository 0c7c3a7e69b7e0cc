package fi.placera.identity;

/** The answer to "may this user read this kind of this client's data", and on what ground. */
public record AccessDecision(boolean granted, Ground ground) {

    /** Why access was granted, or that it was not. */
    public enum Ground {
        OWN_CASELOAD,
        IPS_TEAM,
        CARE_TEAM_CONSENT,
        BREAK_GLASS,
        NO_RELATIONSHIP
    }

    static AccessDecision grantedBy(Ground ground) {
        return new AccessDecision(true, ground);
    }

    /** Refused although there is a ground, because it does not reach this kind or action (an emergency grant). */
    static AccessDecision refusedOn(Ground ground) {
        return new AccessDecision(false, ground);
    }

    static AccessDecision denied() {
        return new AccessDecision(false, Ground.NO_RELATIONSHIP);
    }
}

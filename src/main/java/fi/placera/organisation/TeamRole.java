package fi.placera.organisation;

/** A staff member's role in an IPS team. */
public enum TeamRole {
    COACH,
    TEAM_LEADER
}

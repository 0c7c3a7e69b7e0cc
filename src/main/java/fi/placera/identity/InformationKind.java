package fi.placera.identity;

/**
 * Kinds of client information, the unit in which a client consents to sharing with a party
 * (a care team, employment services, Kela, an employer) and in which reads are logged.
 */
public enum InformationKind {
    /** Name, contact details, language: who the client is. */
    IDENTITY,
    /** Referral, enrolment, the cooperation agreement. */
    SERVICE_RECORD,
    /** Goals and the action plan with its reviews. */
    ACTION_PLAN,
    /** Strengths, interests, education, work history. */
    VOCATIONAL_PROFILE,
    /** Jobs, employer contacts and follow-along support. */
    EMPLOYMENT,
    /** Benefits counselling and income. */
    BENEFITS,
    /** Health-related notes, diagnosis group, symptom level. */
    HEALTH,
    /** Questionnaires and follow-ups for the evaluation. */
    EVALUATION
}

package fi.placera.portal;

/** What a client asks for under GDPR: a copy of their data, a correction, a restriction, an erasure. */
public enum RightsRequestKind {
    /** Art. 15 and 20: a copy of everything Placera holds on the client, as JSON and PDF. */
    ACCESS,
    /** Art. 16: staff correct the data; the previous value stays in history with who and why. */
    RECTIFICATION,
    /** Art. 18: the record is visible only to a designated role until the restriction is lifted. */
    RESTRICTION,
    /** Art. 17: erasure where the law allows; records the law requires to keep are listed with their ground. */
    ERASURE
}

package fi.placera.audit;

/** What was done with client data. */
public enum AccessAction {
    VIEW,
    PRINT,
    EXPORT,
    API_READ,
    /** Data left Placera to another party; needs a recipient and a legal basis. */
    DISCLOSURE,
    /** Data was erased on the client's request (GDPR art. 17); what was erased is listed on the request. */
    ERASE,
    /** A new record about the client (an agreement, a consent, a plan, a job …). */
    CREATE,
    /** A record about the client was changed (a plan overwritten, a job ended …). */
    UPDATE,
    /** A consent was withdrawn. */
    WITHDRAW,
    /** The client was invited to their own pages (an account will be made for them). */
    INVITE;

    /** Whether the action only reads what is already there: the one kind of action an emergency grant allows. */
    public boolean isRead() {
        return this == VIEW || this == API_READ;
    }
}

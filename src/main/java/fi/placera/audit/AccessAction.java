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
    ERASE
}

package fi.placera.identity;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import org.springframework.stereotype.Service;

/**
 * The access log of what a {@link CallingSystem} read (decision 0077): the system is the reader, named as its area's
 * administrator registered it, with its client id as the organisation unit and no account.
 */
@Service
public class SystemReads {

    /** The role the access log shows for a system. */
    public static final String ROLE = "INTEGRATION";
    private final AccessLog accessLog;

    SystemReads(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** A read through the API of the system's area's data of this kind, for this purpose. */
    public void read(CallingSystem system, InformationKind kind, String purpose) {
        accessLog.record(AccessRecord.read(null, "system: " + system.name(), ROLE, system.clientId(), system.areaId(),
                null, kind.name(), purpose, AccessAction.API_READ, AccessOutcome.GRANTED));
    }
}

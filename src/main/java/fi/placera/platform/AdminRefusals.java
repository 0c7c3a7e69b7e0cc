package fi.placera.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refusals of administrative acts outside the administrator's office (issue 21, AZ9), each a security event on
 * {@code placera.security}: another area's record (answered like a missing one) and a change the administrator
 * may not make (a role outside their reach, their own roles, a national record).
 */
public final class AdminRefusals {

    private static final Logger log = LoggerFactory.getLogger("placera.security");

    private AdminRefusals() {
    }

    /** Logs that an administrator asked for a record outside their area; the caller answers 404. */
    public static void outsideArea(Administrator by, String objectKind) {
        log.atWarn().addKeyValue("event", "admin_outside_area").addKeyValue("account", by.accountId())
                .addKeyValue("object", objectKind).log("security event admin_outside_area");
    }

    /** A change this administrator may not make: logged, and shown next to the field. */
    public static Rejection refused(Administrator by, String field, String messageKey) {
        log.atWarn().addKeyValue("event", "admin_change_refused").addKeyValue("account", by.accountId())
                .addKeyValue("reason", messageKey).log("security event admin_change_refused");
        return new Rejection(field, messageKey);
    }
}

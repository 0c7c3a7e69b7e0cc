package fi.placera.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * The administrator making a change and the reach of their office: one welfare area (an area administrator)
 * or the whole country (a national administrator, {@code areaId} null). Every module's administration pages
 * take it as a handler argument (the identity module supplies it from the signed-in user), so that no module
 * needs the identity module to scope its records, and the audit trail knows who changed what.
 */
public record Administrator(UUID accountId, String username, Short areaId) {

    public Administrator {
        Objects.requireNonNull(username);
    }

    /** An operator at the command line (issue 31's create-admin): national, and named as such in the audit trail. */
    public static Administrator operator(String command) {
        return new Administrator(null, "operator:" + command, null);
    }

    /**
     * The deployment itself: a setting of the running installation (the research files' keeping days) that differs
     * from the last one recorded, written to the audit trail when Placera starts (decision 0046).
     */
    public static Administrator deployment() {
        return new Administrator(null, "deployment", null);
    }

    public boolean national() {
        return areaId == null;
    }

    /** Whether a record of this area (null: a national record) is within this administrator's reach. */
    public boolean covers(Short recordAreaId) {
        return national() || areaId.equals(recordAreaId);
    }
}

package fi.placera.audit;

/**
 * One administrative change for the audit trail: what object (its kind and id), the area it belongs to (null:
 * national), what was done, and a short summary of the object before and after — never a password or a secret.
 */
public record AdminChange(String objectKind, String objectId, Short areaId, String action, String before,
        String after) {

    public static AdminChange of(String objectKind, Object objectId, Short areaId, String action, String before,
            String after) {
        return new AdminChange(objectKind, String.valueOf(objectId), areaId, action, before, after);
    }
}

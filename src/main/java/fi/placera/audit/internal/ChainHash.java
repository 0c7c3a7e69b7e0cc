package fi.placera.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.StringJoiner;
import javax.crypto.Mac;

/**
 * The seal of one access-log row in the chain: a MAC (HMAC-SHA-256 under a key outside the database, decision 0034)
 * over the previous row's seal and every column of this row in a fixed order, so changing, removing or reordering a
 * sealed row shows, even to someone who can write the database and re-compute the chain. Seals made before keys
 * existed are plain SHA-256 over the same input (decision 0006) and are only checked, never made.
 */
final class ChainHash {

    /** The hash before the first row. */
    static final byte[] GENESIS = new byte[32];
    static final String COLUMNS = "l.id, l.occurred_at, l.account_id, l.username, l.role, l.org_unit, l.area_id, "
            + "l.client_id, l.data_kind, l.purpose, l.action, l.outcome, l.break_glass, l.recipient, l.legal_basis, "
            + "l.correlation_id";
    private static final String[] NAMES = {"account_id", "username", "role", "org_unit", "area_id", "client_id",
        "data_kind", "purpose", "action", "outcome", "break_glass", "recipient", "legal_basis", "correlation_id"};
    private static final String NULL = "\u2400";

    private ChainHash() {
    }

    /** Seals the current row of a result set selected with {@link #COLUMNS} under the key. */
    static byte[] mac(AuditKeys.Key key, byte[] previous, ResultSet row) throws SQLException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.secret());
            mac.update(previous);
            return mac.doFinal(canonical(row));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA-256", e);
        }
    }

    /** The unkeyed hash of the current row, as seals were made before V49. */
    static byte[] sha256(byte[] previous, ResultSet row) throws SQLException {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        return sha256.digest(canonical(row));
    }

    private static byte[] canonical(ResultSet row) throws SQLException {
        StringJoiner canonical = new StringJoiner("\u001f");
        canonical.add(Long.toString(row.getLong("id")));
        Timestamp occurredAt = row.getTimestamp("occurred_at");
        canonical.add(occurredAt.toInstant().toString());
        for (String name : NAMES) {
            String value = row.getString(name);
            canonical.add(value == null ? NULL : value);
        }
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package fi.placera.audit.internal;

import fi.placera.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes the access log's chain from the first seal to the last, each seal with the key of its version
 * (decision 0034), then the frozen unkeyed SHA-256 chain made before keys existed (V49); a seal whose key version is
 * not in the key file cannot be checked and counts as broken.
 */
@Component
class ChainVerifier {

    private final JdbcTemplate jdbc;
    private final AuditKeys keys;

    ChainVerifier(JdbcTemplate jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Map<Integer, AuditKeys.Key> ring = keys.all();
        Walk keyed = new Walk();
        // sql-reviewed: COLUMNS is a constant list of column names
        jdbc.query("select s.seq, s.key_version, s.prev_hash, s.row_hash, " + ChainHash.COLUMNS + """
                 from access_log_seal s left join access_log l on l.id = s.log_id
                order by s.seq""", rs -> {
            AuditKeys.Key key = ring.get(rs.getInt("key_version"));
            keyed.step(rs, rs.getObject("id") == null || key == null ? null : ChainHash.mac(key, keyed.previous, rs));
        });
        Walk unkeyed = new Walk();
        // sql-reviewed: COLUMNS is a constant list of column names
        jdbc.query("select s.seq, s.prev_hash, s.row_hash, " + ChainHash.COLUMNS + """
                 from access_log_seal_unkeyed s left join access_log l on l.id = s.log_id
                order by s.seq""", rs -> {
            unkeyed.step(rs, rs.getObject("id") == null ? null : ChainHash.sha256(unkeyed.previous, rs));
        });
        long unsealed = jdbc.queryForObject("""
                select count(*) from access_log l
                where not exists (select 1 from access_log_seal s where s.log_id = l.id)""", Long.class);
        Long firstBroken = keyed.firstBroken != null ? keyed.firstBroken : unkeyed.firstBroken;
        return new ChainVerification(firstBroken == null, keyed.count, unsealed, firstBroken);
    }

    /** The chain so far: expected previous hash, rows seen, first position that did not match. */
    private static final class Walk {
        private byte[] previous = ChainHash.GENESIS;
        private long count;
        private Long firstBroken;

        void step(ResultSet seal, byte[] recomputed) throws SQLException {
            long seq = seal.getLong("seq");
            byte[] storedHash = seal.getBytes("row_hash");
            count++;
            boolean intact = seq == count && Arrays.equals(seal.getBytes("prev_hash"), previous)
                    && recomputed != null && Arrays.equals(recomputed, storedHash);
            if (!intact && firstBroken == null) {
                firstBroken = seq;
            }
            previous = storedHash;
        }
    }
}

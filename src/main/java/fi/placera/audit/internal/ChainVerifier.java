package fi.placera.audit.internal;

import fi.placera.audit.ChainVerification;
import java.sql.SQLException;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Re-computes the access log's hash chain from the first seal to the last. */
@Component
class ChainVerifier {

    private final JdbcTemplate jdbc;

    ChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Walk walk = new Walk();
        // sql-reviewed: COLUMNS is a constant list of column names
        jdbc.query("select s.seq, s.prev_hash, s.row_hash, " + ChainHash.COLUMNS + """
                 from access_log_seal s left join access_log l on l.id = s.log_id
                order by s.seq""", rs -> {
            walk.step(rs.getLong("seq"), rs.getBytes("prev_hash"), rs.getBytes("row_hash"),
                    rs.getObject("id") == null ? null : ChainHash.of(walk.previous, rs));
        });
        long unsealed = jdbc.queryForObject("""
                select count(*) from access_log l
                where not exists (select 1 from access_log_seal s where s.log_id = l.id)""", Long.class);
        return new ChainVerification(walk.firstBroken == null, walk.count, unsealed, walk.firstBroken);
    }

    /** The chain so far: expected previous hash, rows seen, first position that did not match. */
    private static final class Walk {
        private byte[] previous = ChainHash.GENESIS;
        private long count;
        private Long firstBroken;

        void step(long seq, byte[] storedPrevious, byte[] storedHash, byte[] recomputed) throws SQLException {
            count++;
            boolean intact = seq == count && Arrays.equals(storedPrevious, previous)
                    && recomputed != null && Arrays.equals(recomputed, storedHash);
            if (!intact && firstBroken == null) {
                firstBroken = seq;
            }
            previous = storedHash;
        }
    }
}

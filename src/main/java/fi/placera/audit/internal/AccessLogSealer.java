package fi.placera.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains new access-log rows into the chain every couple of seconds, each sealed with a MAC under the newest key of
 * {@link AuditKeys} and recording that key's version (decision 0034); rows logged before the keyed chain existed
 * (V49) are sealed into it too, oldest first, at the first runs after the upgrade. Only one sealer runs at a
 * time across all nodes (a transaction-scoped advisory lock), so the chain never forks, and user
 * requests never wait for it: they only insert their own row.
 */
@Component
class AccessLogSealer {

    /** The advisory lock that keeps sealers (and a test playing the attacker) apart. */
    static final long LOCK_KEY = 0x706c6163657261L;
    /** Rows are sealed in order of commit, which may trail ids a little; look back this far for late ones. */
    private static final long LATE_COMMIT_WINDOW = 100_000;
    private static final int BATCH = 10_000;
    private static final int COPY_CHUNK = 1 << 16;
    private static final HexFormat HEX = HexFormat.of();
    /**
     * A bulk load seals in larger batches: each batch looks back over the late-commit window, and with small
     * batches that look-back, not the hashing, is most of the work.
     */
    private static final int BULK_BATCH = 250_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditKeys keys;

    AccessLogSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, PlatformTransactionManager transactions,
            AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${placera.audit.seal-interval:2s}")
    void sealPeriodically() {
        while (seal() == BATCH) {
            // keep going until the backlog is sealed
        }
    }

    /**
     * Seals until the backlog is gone, waiting for the lock when another sealer holds it (a bulk load must
     * not end with rows left for a sealer that may never run again); returns how many rows were sealed.
     */
    long sealAll() {
        long sealed = 0;
        int batch;
        do {
            batch = transactions.execute(status -> sealBatch(true, BULK_BATCH));
            sealed += batch;
        } while (batch == BULK_BATCH);
        return sealed;
    }

    /**
     * Seals up to one batch of unsealed rows in one transaction; returns how many. The transaction is
     * explicit because the scheduled method calls this one directly, past any proxy, and the advisory
     * lock that keeps sealers apart lives only as long as the transaction.
     */
    public int seal() {
        return transactions.execute(status -> sealBatch(false, BATCH));
    }

    private int sealBatch(boolean waitForLock, int limit) {
        if (waitForLock) {
            jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Integer.class).single();
        } else if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
            return 0;
        }
        Tip tip = jdbc.sql("select seq, row_hash, log_id from access_log_seal order by seq desc limit 1")
                .query((rs, row) -> new Tip(rs.getLong("seq"), rs.getBytes("row_hash"), rs.getLong("log_id")))
                .optional().orElse(new Tip(0, ChainHash.GENESIS, 0));
        AuditKeys.Key key = keys.current();
        List<Object[]> seals = new ArrayList<>();
        byte[][] previous = {tip.hash()};
        long[] seq = {tip.seq()};
        Timestamp now = Timestamp.from(clock.instant());
        long lookBackFrom = tip.logId() - LATE_COMMIT_WINDOW;
        // the seals' bound repeats the rows' bound so that PostgreSQL reads only the window's seals: without it the
        // anti-join read every seal's key from the first on, every two seconds (decision 0097)
        // sql-reviewed: COLUMNS is a constant list of column names
        jdbc.sql("select " + ChainHash.COLUMNS + """
                         from access_log l
                        where l.id > :from
                          and not exists (select 1 from access_log_seal s where s.log_id = l.id and s.log_id > :from)
                        order by l.id
                        limit :limit""")
                .param("from", lookBackFrom).param("limit", limit)
                .query((RowCallbackHandler) rs -> {
                    byte[] hash = mac(key, previous[0], rs);
                    seals.add(new Object[] {++seq[0], rs.getLong("id"), key.version(), previous[0], hash, now});
                    previous[0] = hash;
                });
        writeSeals(seals);
        return seals.size();
    }

    /**
     * Appends the seals with COPY on the transaction's own connection: row-by-row inserts made sealing the
     * bottleneck of bulk loads (about 12,000 rows/s against 90,000 rows/s written).
     */
    private void writeSeals(List<Object[]> seals) {
        if (seals.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(jdbcTemplate.getDataSource());
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy access_log_seal (seq, log_id, key_version, prev_hash, row_hash, sealed_at) from stdin");
            StringBuilder rows = new StringBuilder(COPY_CHUNK + 512);
            for (Object[] seal : seals) {
                // COPY's text format: bytea in hex, its backslash escaped
                rows.append(seal[0]).append('\t').append(seal[1]).append('\t').append(seal[2])
                        .append("\t\\\\x").append(HEX.formatHex((byte[]) seal[3]))
                        .append("\t\\\\x").append(HEX.formatHex((byte[]) seal[4]))
                        .append('\t').append(((Timestamp) seal[5]).toInstant()).append('\n');
                if (rows.length() >= COPY_CHUNK) {
                    send(copy, rows);
                }
            }
            send(copy, rows);
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write access-log seals", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, jdbcTemplate.getDataSource());
        }
    }

    private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static byte[] mac(AuditKeys.Key key, byte[] previous, ResultSet row) {
        try {
            return ChainHash.mac(key, previous, row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Tip(long seq, byte[] hash, long logId) {
    }
}

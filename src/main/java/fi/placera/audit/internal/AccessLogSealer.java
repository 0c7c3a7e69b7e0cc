package fi.placera.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains new access-log rows into the hash chain every couple of seconds. Only one sealer runs at a
 * time across all nodes (a transaction-scoped advisory lock), so the chain never forks, and user
 * requests never wait for it: they only insert their own row.
 */
@Component
class AccessLogSealer {

    private static final long LOCK_KEY = 0x706c6163657261L;
    /** Rows are sealed in order of commit, which may trail ids a little; look back this far for late ones. */
    private static final long LATE_COMMIT_WINDOW = 100_000;
    private static final int BATCH = 10_000;
    /**
     * A bulk load seals in larger batches: each batch looks back over the late-commit window, and with small
     * batches that look-back, not the hashing, is most of the work.
     */
    private static final int BULK_BATCH = 250_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AccessLogSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
        List<Object[]> seals = new ArrayList<>();
        byte[][] previous = {tip.hash()};
        long[] seq = {tip.seq()};
        Timestamp now = Timestamp.from(clock.instant());
        // sql-reviewed: COLUMNS is a constant list of column names
        jdbc.sql("select " + ChainHash.COLUMNS + """
                         from access_log l
                        where l.id > ? and not exists (select 1 from access_log_seal s where s.log_id = l.id)
                        order by l.id
                        limit ?""")
                .params(tip.logId() - LATE_COMMIT_WINDOW, limit)
                .query((RowCallbackHandler) rs -> {
                    byte[] hash = hash(previous[0], rs);
                    seals.add(new Object[] {++seq[0], rs.getLong("id"), previous[0], hash, now});
                    previous[0] = hash;
                });
        jdbcTemplate.batchUpdate(
                "insert into access_log_seal (seq, log_id, prev_hash, row_hash, sealed_at) values (?, ?, ?, ?, ?)",
                seals);
        return seals.size();
    }

    private static byte[] hash(byte[] previous, ResultSet row) {
        try {
            return ChainHash.of(previous, row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Tip(long seq, byte[] hash, long logId) {
    }
}

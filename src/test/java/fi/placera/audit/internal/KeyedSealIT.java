package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.audit.ChainVerification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * LG4: the access log's chain is sealed with a key kept outside the database (decision 0034), so someone who can
 * write the database — here the schema owner — and re-computes the chain after changing a row is still caught; the
 * key can be rotated without breaking the chain.
 */
@fi.placera.testing.PlaceraIT
class KeyedSealIT {

    @Autowired AccessLog accessLog;
    @Autowired AccessLogSealer sealer;
    @Autowired JdbcClient jdbc;
    @Autowired @FlywayDataSource DataSource ownerDataSource;
    @Value("${placera.audit.key-file}") String keyFile;

    private static AccessRecord view(UUID client, String purpose) {
        return AccessRecord.read(UUID.randomUUID(), "coach1", "COACH", "POH-IPS1", (short) 17, client,
                "ACTION_PLAN", purpose, AccessAction.VIEW, AccessOutcome.GRANTED);
    }

    private ChainVerification sealAndVerify() {
        for (int attempt = 0; attempt < 50 && accessLog.verify().unsealedRows() > 0; attempt++) {
            sealer.seal();
        }
        return accessLog.verify();
    }

    private long sealOf(JdbcClient db, UUID client) {
        return db.sql("select s.seq from access_log_seal s join access_log l on l.id = s.log_id where l.client_id = ?")
                .param(client).query(Long.class).single();
    }

    @Test
    void aRowChangedAndResealedWithPlainSha256AsAnAttackerWithoutTheKeyWouldBreaksTheChain() throws Exception {
        UUID client = UUID.randomUUID();
        accessLog.record(view(client, "before tampering"));
        accessLog.record(view(UUID.randomUUID(), "a later row"));
        assertThat(sealAndVerify().intact()).isTrue();

        try (Connection connection = ownerDataSource.getConnection()) {
            JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // the sealer stands still while the attacker rewrites the chain's tail (and while the test puts it back)
            owner.sql("select pg_advisory_lock(?)").param(AccessLogSealer.LOCK_KEY).query(Object.class).single();
            long seq = sealOf(owner, client);
            owner.sql("create temp table saved_seals as select * from access_log_seal where seq >= ?").param(seq).update();
            owner.sql("update access_log set purpose = 'nothing to see' where client_id = ?").param(client).update();
            try {
                resealFromWithSha256(owner, seq);
                ChainVerification tampered = accessLog.verify();
                assertThat(tampered.intact()).isFalse();
                assertThat(tampered.firstBrokenSeq()).isEqualTo(seq);
            } finally {
                owner.sql("update access_log set purpose = 'before tampering' where client_id = ?").param(client).update();
                owner.sql("""
                        update access_log_seal s set prev_hash = saved.prev_hash, row_hash = saved.row_hash
                        from saved_seals saved where saved.seq = s.seq""").update();
                owner.sql("drop table saved_seals").update();
                owner.sql("select pg_advisory_unlock(?)").param(AccessLogSealer.LOCK_KEY).query(Object.class).single();
            }
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    /** What an attacker with the database but not the key can do: re-compute every seal from the changed row on. */
    private static void resealFromWithSha256(JdbcClient owner, long fromSeq) {
        List<Object[]> seals = new ArrayList<>();
        byte[][] previous = {null};
        // sql-reviewed: COLUMNS is a constant list of column names
        owner.sql("select s.seq, s.prev_hash, " + ChainHash.COLUMNS
                        + " from access_log_seal s join access_log l on l.id = s.log_id where s.seq >= ? order by s.seq")
                .param(fromSeq)
                .query((RowCallbackHandler) rs -> {
                    byte[] prev = previous[0] == null ? rs.getBytes("prev_hash") : previous[0];
                    byte[] hash = ChainHash.sha256(prev, rs);
                    seals.add(new Object[] {prev, hash, rs.getLong("seq")});
                    previous[0] = hash;
                });
        seals.forEach(seal -> owner.sql("update access_log_seal set prev_hash = ?, row_hash = ? where seq = ?")
                .params(seal).update());
    }

    @Test
    void aNewKeyVersionContinuesTheChainAndEachSealIsCheckedWithItsOwnKey() throws Exception {
        UUID before = UUID.randomUUID();
        accessLog.record(view(before, "sealed with the old key"));
        assertThat(sealAndVerify().intact()).isTrue();
        int oldVersion = versionOf(before);

        Path keys = Path.of(keyFile);
        String ring = Files.readString(keys, StandardCharsets.US_ASCII);
        int newVersion = oldVersion + 1;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(keys, newVersion + " " + HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);

        UUID after = UUID.randomUUID();
        accessLog.record(view(after, "sealed with the new key"));
        assertThat(sealAndVerify().intact()).isTrue();
        assertThat(versionOf(after)).isEqualTo(newVersion);
        assertThat(versionOf(before)).isEqualTo(oldVersion);

        // without the new key its seals cannot be checked: verification uses each seal's own version
        Files.writeString(keys, ring, StandardCharsets.US_ASCII);
        try {
            ChainVerification withoutNewKey = accessLog.verify();
            assertThat(withoutNewKey.intact()).isFalse();
            assertThat(withoutNewKey.firstBrokenSeq()).isLessThanOrEqualTo(sealOf(jdbc, after));
        } finally {
            Files.writeString(keys, newVersion + " " + HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.APPEND);
        }
        assertThat(sealAndVerify().intact()).isTrue();
    }

    @Test
    void sealsMadeBeforeKeysExistedAreStillCheckedAsSha256() {
        UUID client = UUID.randomUUID();
        accessLog.record(view(client, "logged before the upgrade"));
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        long id = owner.sql("select id from access_log where client_id = ?").param(client).query(Long.class).single();
        // sql-reviewed: COLUMNS is a constant list of column names
        byte[] hash = owner.sql("select " + ChainHash.COLUMNS + " from access_log l where l.id = ?").param(id)
                .query((rs, row) -> ChainHash.sha256(ChainHash.GENESIS, rs)).single();
        try {
            owner.sql("""
                    insert into access_log_seal_unkeyed (seq, log_id, prev_hash, row_hash, sealed_at)
                    values (1, ?, ?, ?, now())""").params(id, ChainHash.GENESIS, hash).update();
            assertThat(sealAndVerify().intact()).isTrue();
            // the row's keyed seal is intact; only the old SHA-256 seal no longer matches
            owner.sql("update access_log_seal_unkeyed set row_hash = ? where log_id = ?")
                    .params(ChainHash.GENESIS, id).update();
            ChainVerification broken = accessLog.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(1L);
        } finally {
            owner.sql("delete from access_log_seal_unkeyed where log_id = ?").param(id).update();
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    private int versionOf(UUID client) {
        return jdbc.sql("""
                        select s.key_version from access_log_seal s join access_log l on l.id = s.log_id
                        where l.client_id = ?""").param(client).query(Integer.class).single();
    }
}

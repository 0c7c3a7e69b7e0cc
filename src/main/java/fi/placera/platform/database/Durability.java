package fi.placera.platform.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server settings on which an acknowledged write survives a crash of the server or the machine (security
 * checklist RE5): {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, and data checksums so
 * that a torn or rotten page is found rather than read.
 */
record Durability(boolean fsync, boolean synchronousCommit, boolean fullPageWrites, boolean dataChecksums) {

    /** PostgreSQL's own defaults, and what every Placera server outside the tests runs with. */
    static final Durability PRODUCTION = new Durability(true, true, true, true);
    /** Only for the tests' throw-away server, through a {@link DurabilityWaiver} on the test class path. */
    static final Durability THROW_AWAY = new Durability(false, false, false, false);

    /** The settings in force on the server behind this data source. */
    static Durability of(DataSource dataSource) {
        JdbcClient sql = JdbcClient.create(dataSource);
        return new Durability(on(sql, "fsync"), !"off".equals(setting(sql, "synchronous_commit")),
                on(sql, "full_page_writes"), on(sql, "data_checksums"));
    }

    /** The server's command-line settings (initdb decides the checksums). */
    Map<String, String> serverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", onOff(fsync));
        settings.put("synchronous_commit", onOff(synchronousCommit));
        settings.put("full_page_writes", onOff(fullPageWrites));
        return settings;
    }

    /** The settings that are off here but on in {@code required}; empty when this is at least as durable. */
    List<String> weakerThan(Durability required) {
        List<String> weaker = new ArrayList<>();
        if (required.fsync && !fsync) {
            weaker.add("fsync");
        }
        if (required.synchronousCommit && !synchronousCommit) {
            weaker.add("synchronous_commit");
        }
        if (required.fullPageWrites && !fullPageWrites) {
            weaker.add("full_page_writes");
        }
        if (required.dataChecksums && !dataChecksums) {
            weaker.add("data_checksums");
        }
        return weaker;
    }

    @Override
    public String toString() {
        return "fsync=" + onOff(fsync) + ", synchronous_commit=" + onOff(synchronousCommit) + ", full_page_writes="
                + onOff(fullPageWrites) + ", data_checksums=" + onOff(dataChecksums);
    }

    private static boolean on(JdbcClient sql, String setting) {
        return "on".equals(setting(sql, setting));
    }

    /** {@code current_setting} with the name as a parameter: no SQL is built from it. */
    private static String setting(JdbcClient sql, String name) {
        return sql.sql("select current_setting(?)").param(name).query(String.class).single();
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}

package fi.placera.platform.facts;

import java.util.OptionalLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far the records that kept figures read have changed (decision 0091): a number in PostgreSQL that rises with
 * every committed statement changing such a record, in the same transaction as the change (a statement trigger on
 * each of those tables, V141). A figure computed after the version was read as v is current for as long as the
 * version is still v, on every node.
 */
@Component
public class RecordsVersion {

    /** How often the changes are folded, and how soon after a start (see {@link #fold}). */
    private static final String FOLD_INTERVAL = "${placera.records-version.fold-interval:5s}";

    private final JdbcClient jdbc;

    RecordsVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version, or empty when the current transaction has changed such a record itself: what it reads then
     * includes changes that are not committed and may never be.
     */
    public OptionalLong current() {
        Long version = jdbc.sql("select platform_records_version()")
                .query((rs, row) -> rs.getObject(1, Long.class)).list().get(0);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /**
     * Folds the committed changes into one count, which leaves the version as it is: the version reads every change
     * not yet folded, so they must stay few. Every five seconds: under a thousand saves a second (the benchmark's
     * contact run) a minute's changes were 20,000 rows, and counting them took about 1 ms of every kept page's
     * read of the version (issue 25).
     */
    @Scheduled(fixedDelayString = FOLD_INTERVAL, initialDelayString = FOLD_INTERVAL)
    @SchedulerLock(name = "records-version-fold")
    public void fold() {
        jdbc.sql("""
                        with folded as (delete from records_change returning 1)
                        update records_change_count set changes = changes + (select count(*) from folded)""")
                .update();
    }
}

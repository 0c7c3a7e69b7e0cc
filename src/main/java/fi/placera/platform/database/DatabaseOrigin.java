package fi.placera.platform.database;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether this database was filled by the synthetic data generator ({@code placera generate}) rather than by real
 * use: the generator marks it (table {@code database_origin}), and start-up checks that only such a database runs
 * in the benchmark profile.
 */
@Component
public class DatabaseOrigin {

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseOrigin(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean generated() {
        return jdbc.sql("select exists (select 1 from database_origin)").query(Boolean.class).single();
    }

    /** Marks the database as generated with this scale and seed. */
    public void markGenerated(String scale, long seed) {
        jdbc.sql("insert into database_origin (generated_at, scale, seed) values (?, ?, ?)")
                .params(Timestamp.from(clock.instant()), scale, seed).update();
    }
}

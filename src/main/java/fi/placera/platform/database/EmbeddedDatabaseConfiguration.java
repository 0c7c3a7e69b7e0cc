package fi.placera.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Placera's own PostgreSQL 17 (binaries from Maven Central) when no external server is
 * configured with {@code PLACERA_DB_URL} / {@code spring.datasource.url}. HikariCP sits on top
 * because the library's own DataSource opens a new connection for every request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger ephemeralDatabases = new AtomicInteger();

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) throws IOException, SQLException {
        EmbeddedPostgres server = properties.ephemeral()
                ? EphemeralServer.INSTANCE.server
                : startPersistent(Path.of(properties.dataDirectory()));
        String database = properties.ephemeral()
                ? "placera_" + ephemeralDatabases.incrementAndGet()
                : "placera";
        createDatabaseIfMissing(server, database);
        if (!properties.ephemeral()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
        }
        return pool(server.getJdbcUrl(SUPERUSER, database), properties.poolSize());
    }

    private static EmbeddedPostgres startPersistent(Path dataDirectory) throws IOException {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        EmbeddedPostgres server = quietServer()
                .setDataDirectory(absolute)
                .setCleanDataDirectory(false)
                .start();
        log.info("Embedded PostgreSQL started on port {}; Placera's data lives in {}",
                server.getPort(), absolute);
        return server;
    }

    /**
     * The server's own log goes into Placera's log, so it must never contain data values:
     * no statements and no error details (which would quote a duplicate key, say).
     */
    private static EmbeddedPostgres.Builder quietServer() {
        return EmbeddedPostgres.builder()
                .setServerConfig("log_min_messages", "warning")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse");
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database)
            throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    // database names are generated above from a fixed prefix, never user input
                    create.execute("create database " + database);
                }
            }
        }
    }

    private static HikariDataSource pool(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(SUPERUSER);
        config.setMaximumPoolSize(size);
        config.setPoolName("placera");
        return new HikariDataSource(config);
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** One throw-away server per JVM, for tests: each application context gets its own database. */
    private enum EphemeralServer {
        INSTANCE;

        private final EmbeddedPostgres server;

        EphemeralServer() {
            try {
                server = quietServer().start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
            log.info("Ephemeral embedded PostgreSQL started on port {}", server.getPort());
        }
    }
}

package fi.placera.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Placera's own PostgreSQL server and the database it uses in it. Persistent mode keeps the data
 * in a directory across restarts; ephemeral mode (tests) shares one throw-away server per JVM and
 * gives every application context a fresh database.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    /** Owns the schema and runs the migrations. */
    static final String OWNER = "placera_owner";
    /** What the application connects as: no DDL, and no UPDATE/DELETE on the audit tables. */
    static final String APPLICATION = "placera_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final AtomicInteger ephemeralDatabases = new AtomicInteger();

    private final EmbeddedPostgres server;
    private final String name;
    private final boolean ownsServer;

    private EmbeddedDatabase(EmbeddedPostgres server, String name, boolean ownsServer) {
        this.server = server;
        this.name = name;
        this.ownsServer = ownsServer;
        createIfMissing();
    }

    static EmbeddedDatabase start(DatabaseProperties properties) {
        if (properties.ephemeral()) {
            return new EmbeddedDatabase(EphemeralServer.INSTANCE.server,
                    "placera_" + ephemeralDatabases.incrementAndGet(), false);
        }
        return new EmbeddedDatabase(startPersistent(Path.of(properties.dataDirectory())), "placera", true);
    }

    String jdbcUrl(String role) {
        return server.getJdbcUrl(role, name);
    }

    @Override
    public void close() throws IOException {
        if (ownsServer) {
            server.close();
        }
    }

    private static EmbeddedPostgres startPersistent(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            EmbeddedPostgres server = quietServer()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(false)
                    .start();
            log.info("Embedded PostgreSQL started on port {}; Placera's data lives in {}", server.getPort(), absolute);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + absolute, e);
        }
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

    /** The database, owned by the owner role, and the two roles (as in a production server). */
    private void createIfMissing() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.execute(CREATE_ROLES);
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                // sql-reviewed: the name is "placera" or "placera_<n>", made above, never from input
                statement.execute("create database " + name + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    private static final String CREATE_ROLES = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = 'placera_owner') then
                    create role placera_owner login;
                end if;
                if not exists (select from pg_roles where rolname = 'placera_app') then
                    create role placera_app login;
                end if;
            end
            $$""";

    /** One throw-away server per JVM, stopped when the JVM exits. */
    private enum EphemeralServer {
        INSTANCE;

        private final EmbeddedPostgres server;

        EphemeralServer() {
            try {
                server = quietServer().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
        }
    }
}

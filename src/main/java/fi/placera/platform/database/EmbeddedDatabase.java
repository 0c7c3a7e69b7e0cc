package fi.placera.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.FileUtils;
import org.postgresql.PGConnection;

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
    private static final AtomicInteger ephemeralDatabases = new AtomicInteger();

    private final EmbeddedServer server;
    private final String name;
    private final boolean ownsServer;

    private EmbeddedDatabase(EmbeddedServer server, String name, boolean ownsServer) {
        this.server = server;
        this.name = name;
        this.ownsServer = ownsServer;
        createIfMissing();
    }

    static EmbeddedDatabase start(DatabaseProperties properties, Durability durability) {
        if (properties.ephemeral()) {
            return new EmbeddedDatabase(EphemeralServer.server(durability),
                    "placera_" + ephemeralDatabases.incrementAndGet(), false);
        }
        return new EmbeddedDatabase(EmbeddedServer.start(Path.of(properties.dataDirectory()), durability), "placera",
                true);
    }

    String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    String password(String role) {
        return server.password(role);
    }

    EmbeddedServer server() {
        return server;
    }

    @Override
    public void close() {
        if (ownsServer) {
            server.close();
        }
    }

    /** The database, owned by the owner role, and the two roles with their passwords (as in a production server). */
    private void createIfMissing() {
        try (Connection connection = server.superuserConnection("postgres");
                Statement statement = connection.createStatement();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.execute(CREATE_ROLES);
            for (String role : new String[] {OWNER, APPLICATION}) {
                // hashed here (SCRAM), so that no statement carries a password
                connection.unwrap(PGConnection.class).alterUserPassword(role, password(role).toCharArray(),
                        "scram-sha-256");
            }
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

    /** One throw-away server per JVM in a temporary directory, stopped and removed when the JVM exits. */
    private static final class EphemeralServer {

        private static EmbeddedServer server;

        static synchronized EmbeddedServer server(Durability durability) {
            if (server == null) {
                try {
                    Path directory = Files.createTempDirectory("placera-postgres-");
                    EmbeddedServer started = EmbeddedServer.start(directory.resolve("postgres"), durability);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        started.close();
                        FileUtils.deleteQuietly(directory.toFile());
                    }));
                    server = started;
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
                }
            }
            return server;
        }
    }
}

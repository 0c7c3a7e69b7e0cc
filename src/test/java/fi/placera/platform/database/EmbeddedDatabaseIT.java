package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Placera's own PostgreSQL (decision 0033): durable, closed by passwords, supervised, never blocked by a stale server. */
class EmbeddedDatabaseIT {

    @TempDir
    static Path shared;
    static EmbeddedDatabase durable;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void startDurableServer() {
        durable = EmbeddedDatabase.start(new DatabaseProperties(shared.resolve("postgres").toString(), 2),
                Durability.PRODUCTION);
    }

    @AfterAll
    static void stopDurableServer() {
        durable.close();
    }

    @Test
    void aNewServerIsDurableWithChecksumsOnPostgresql17() throws Exception {
        assertThat(Durability.of(dataSource(durable, EmbeddedDatabase.APPLICATION))).isEqualTo(Durability.PRODUCTION);
        try (Connection connection = connect(durable, EmbeddedDatabase.APPLICATION)) {
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    @Test
    void everyRoleNeedsItsPasswordAndTheServerListensOnLoopbackOnly() throws Exception {
        for (String role : List.of(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.OWNER, EmbeddedDatabase.APPLICATION)) {
            assertThatThrownBy(() -> DriverManager.getConnection(durable.jdbcUrl(), role, null))
                    .as("no password for " + role).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(durable.jdbcUrl(), role, "guessed"))
                    .as("a wrong password for " + role).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection connection = connect(durable, role)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        try (Connection connection = connect(durable, EmbeddedDatabase.SUPERUSER)) {
            assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(connection, "unix_socket_directories")).isEmpty();
            assertThat(setting(connection, "hba_file")).isNotBlank();
            try (ResultSet methods = connection.createStatement()
                    .executeQuery("select distinct auth_method from pg_hba_file_rules")) {
                methods.next();
                assertThat(methods.getString(1)).isEqualTo("scram-sha-256");
                assertThat(methods.next()).as("one method for every line").isFalse();
            }
        }
        Path passwords = ServerPasswords.fileBeside(shared.resolve("postgres"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
    }

    @Test
    void theGuardRefusesAServerThatCouldLoseWrites() throws Exception {
        DurabilityGuard guard = new DurabilityGuard(dataSource(durable, EmbeddedDatabase.APPLICATION),
                new StaticListableBeanFactory().getBeanProvider(DurabilityWaiver.class));
        guard.afterPropertiesSet();
        try (Connection admin = connect(durable, EmbeddedDatabase.SUPERUSER)) {
            admin.createStatement().execute("alter role placera_app set synchronous_commit = off");
            try {
                assertThatThrownBy(guard::afterPropertiesSet).hasMessageContaining("synchronous_commit off")
                        .hasMessageContaining("Refusing to start");
            } finally {
                admin.createStatement().execute("alter role placera_app reset synchronous_commit");
            }
        }
        assertThatThrownBy(() -> DurabilityGuard.refuseIfWeak(new Durability(false, true, false, true)))
                .hasMessageContaining("fsync, full_page_writes off");
        assertThatThrownBy(() -> DurabilityGuard.refuseIfWeak(Durability.THROW_AWAY)).isInstanceOf(IllegalStateException.class);
        guard.afterPropertiesSet();
    }

    @Test
    void aKilledServerIsRestartedAndKeepsCommittedRows() throws Exception {
        try (Connection connection = connect(durable, EmbeddedDatabase.OWNER)) {
            connection.createStatement().execute("create table acknowledged (note text)");
            connection.createStatement().execute("insert into acknowledged values ('committed before the crash')");
        }
        long killed = durable.server().postmasterPid();
        new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
        // the signal is delivered asynchronously: a query sent before the postmaster has died would still be answered
        ProcessHandle.of(killed).ifPresent(dying -> dying.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection connection = connect(durable, EmbeddedDatabase.OWNER);
                    ResultSet rows = connection.createStatement().executeQuery("select note from acknowledged")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("committed before the crash");
                break;
            } catch (SQLException stillDown) {
                assertThat(System.nanoTime()).as("restarted within 60 s").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        assertThat(durable.server().postmasterPid()).isNotEqualTo(killed);
    }

    @Test
    void aServerLeftRunningByAKilledPlaceraIsStoppedAndTheDataKept() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(dataDirectory.resolve("postgres").toString(), 2);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties, Durability.PRODUCTION);
                Connection connection = connect(first, EmbeddedDatabase.OWNER)) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        Path cluster = dataDirectory.resolve("postgres");
        // what a kill -9 of Placera leaves: a postmaster that nobody supervises, holding the data directory
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process orphan = new ProcessBuilder(PostgresBinaries.command("pg_ctl", List.of("-D", cluster.toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=", "-w", "start")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(orphan.waitFor()).isZero();
        long orphanPid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0));
        assertThat(ProcessHandle.of(orphanPid).flatMap(process -> process.info().arguments())).isPresent();

        try (EmbeddedDatabase second = EmbeddedDatabase.start(properties, Durability.PRODUCTION);
                Connection connection = connect(second, EmbeddedDatabase.OWNER);
                ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            // a stopped process may linger as a zombie (no command line) until its parent reaps it
            assertThat(ProcessHandle.of(orphanPid).flatMap(process -> process.info().arguments()))
                    .as("the orphan was stopped").isEmpty();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aLockFileNamingAnotherProcessOrNoneDoesNotStopTheStart() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(dataDirectory.resolve("postgres").toString(), 2);
        EmbeddedDatabase.start(properties, Durability.PRODUCTION).close();
        Path lockFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        try {
            for (long pid : new long[] {unrelated.pid(), ended.pid()}) {
                Files.writeString(lockFile, pid + "\n" + dataDirectory.resolve("postgres") + "\n");
                try (EmbeddedDatabase database = EmbeddedDatabase.start(properties, Durability.PRODUCTION);
                        Connection connection = connect(database, EmbeddedDatabase.APPLICATION)) {
                    assertThat(connection.isValid(2)).as("started past a lock file naming pid " + pid).isTrue();
                }
            }
        } finally {
            unrelated.destroy();
        }
        assertThat(unrelated.waitFor()).as("the unrelated process was not signalled by Placera").isNotZero();
    }

    @Test
    void aDataDirectoryMadeWithTrustGetsPasswordsAtItsNextStart() throws Exception {
        Path cluster = dataDirectory.resolve("postgres");
        // as the library made every data directory before decision 0033
        Process initdb = new ProcessBuilder(PostgresBinaries.command("initdb",
                List.of("-A", "trust", "-U", "postgres", "-D", cluster.toString(), "-E", "UTF-8")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(initdb.waitFor()).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new DatabaseProperties(cluster.toString(), 2),
                Durability.PRODUCTION)) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null))
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(database, EmbeddedDatabase.SUPERUSER)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust\\s*$");
    }

    @Test
    void ephemeralModeGivesEachStartAFreshDatabase() throws Exception {
        DatabaseProperties ephemeral = new DatabaseProperties("", 2);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(ephemeral, Durability.THROW_AWAY);
                EmbeddedDatabase second = EmbeddedDatabase.start(ephemeral, Durability.THROW_AWAY)) {
            assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
            try (Connection connection = connect(first, EmbeddedDatabase.OWNER)) {
                connection.createStatement().execute("create table only_in_first (id int)");
            }
            try (Connection connection = connect(second, EmbeddedDatabase.OWNER);
                    ResultSet rows = connection.createStatement()
                            .executeQuery("select count(*) from pg_tables where tablename = 'only_in_first'")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database, String role) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", database.password(role));
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static DriverManagerDataSource dataSource(EmbeddedDatabase database, String role) {
        return new DriverManagerDataSource(database.jdbcUrl(), role, database.password(role));
    }
}

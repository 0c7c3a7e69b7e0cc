package fi.placera.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server on one data directory, started, supervised and stopped by Placera (decision 0033):
 * <ul>
 * <li>durable: the settings of {@link Durability} on its command line, where no configuration file can weaken them,
 * and data checksums from initdb;</li>
 * <li>closed: every role needs its password (scram-sha-256), kept in {@link ServerPasswords}; it listens on
 * 127.0.0.1 only, without a Unix socket;</li>
 * <li>supervised: when the server dies it is started again on the same port, so the pool reconnects by itself;</li>
 * <li>never stopped by a stale server: a PostgreSQL left running on the data directory by a killed Placera is shut
 * down, and a lock file naming some other process is removed.</li>
 * </ul>
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 10;

    private final Path dataDirectory;
    private final ServerPasswords passwords;
    private final Durability durability;
    private final int port;
    private final ScheduledExecutorService supervisor;
    private volatile long postmasterPid;
    private volatile boolean stopping;

    private EmbeddedServer(Path dataDirectory, ServerPasswords passwords, Durability durability, int port) {
        this.dataDirectory = dataDirectory;
        this.passwords = passwords;
        this.durability = durability;
        this.port = port;
        this.supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "placera-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    static EmbeddedServer start(Path dataDirectory, Durability durability) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
        boolean trusting = !fresh && trustsLocalUsers(directory);
        if (!fresh && !trusting && !Files.exists(ServerPasswords.fileBeside(directory))) {
            throw new IllegalStateException("The embedded server's password file " + ServerPasswords.fileBeside(directory)
                    + " is missing; restore it with the data directory " + directory + " from the same backup");
        }
        ServerPasswords passwords = ServerPasswords.keptOrNew(directory);
        if (fresh) {
            initdb(directory, passwords, durability.dataChecksums());
        }
        EmbeddedServer server = new EmbeddedServer(directory, passwords, durability, freePort());
        server.startWithRetries();
        if (trusting) {
            server.requirePasswords();
        }
        server.supervisor.scheduleWithFixedDelay(server::restartIfDead, 1, 1, TimeUnit.SECONDS);
        log.info("Embedded PostgreSQL started on port {}; Placera's data lives in {}; passwords in {}", server.port,
                directory, passwords.file());
        return server;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port + "/" + database;
    }

    String password(String role) {
        return passwords.of(role);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster's process id (tests kill it to play a crash). */
    long postmasterPid() {
        return postmasterPid;
    }

    /** A connection as the superuser, for creating roles and databases. */
    Connection superuserConnection(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        properties.setProperty("password", passwords.of(EmbeddedDatabase.SUPERUSER));
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "60");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    @Override
    public void close() {
        stopping = true;
        supervisor.shutdownNow();
        synchronized (this) {
            long begin = System.nanoTime();
            if (run("pg_ctl", List.of("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop")) == 0) {
                log.info("Embedded PostgreSQL stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            } else {
                log.warn("Embedded PostgreSQL did not stop cleanly; it recovers from its write-ahead log at the next start");
            }
        }
    }

    private static void initdb(Path directory, ServerPasswords passwords, boolean checksums) {
        try {
            Files.createDirectories(directory.getParent());
            Path passwordFile = Files.createTempFile(directory.getParent(), ".initdb-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(passwordFile, passwords.of(EmbeddedDatabase.SUPERUSER));
                List<String> arguments = new ArrayList<>(List.of("-D", directory.toString(), "-U",
                        EmbeddedDatabase.SUPERUSER, "-A", "scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF-8"));
                if (checksums) {
                    arguments.add("--data-checksums");
                }
                if (run("initdb", arguments) != 0) {
                    throw new IllegalStateException("initdb failed in " + directory + " (see the log above); it must be"
                            + " an empty or missing directory");
                }
            } finally {
                Files.deleteIfExists(passwordFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the database cluster in " + directory, e);
        }
    }

    /** A data directory made before decision 0033 lets local users in without a password. */
    private static boolean trustsLocalUsers(Path directory) {
        try {
            return Files.readAllLines(directory.resolve("pg_hba.conf")).stream()
                    .anyMatch(line -> !line.startsWith("#") && line.matches(".*\\strust\\s*$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the superuser its password and switches the server from trust to scram-sha-256. */
    private void requirePasswords() {
        Properties trusted = new Properties();
        trusted.setProperty("user", EmbeddedDatabase.SUPERUSER);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), trusted)) {
            connection.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.SUPERUSER,
                    passwords.of(EmbeddedDatabase.SUPERUSER).toCharArray(), "scram-sha-256");
            Path hba = dataDirectory.resolve("pg_hba.conf");
            List<String> lines = Files.readAllLines(hba).stream()
                    .map(line -> line.startsWith("#") ? line : line.replaceAll("\\strust\\s*$", " scram-sha-256"))
                    .toList();
            Files.write(hba, lines);
            connection.createStatement().execute("select pg_reload_conf()");
            log.warn("The embedded PostgreSQL in {} let local users in without a password; it now requires the"
                    + " passwords in {}", dataDirectory, passwords.file());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded server's passwords", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startWithRetries() {
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                return;
            } catch (IllegalStateException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                // a killed server's last processes may still hold its shared memory for a moment
                log.warn("Embedded PostgreSQL did not start (attempt {} of {}); trying again", attempt, START_ATTEMPTS);
                pause();
            }
        }
    }

    private synchronized void startOnce() {
        clearStaleServer();
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        serverSettings().forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        if (run("pg_ctl", List.of("-D", dataDirectory.toString(), "-o", String.join(" ", options), "-w", "-t", "60",
                "start")) != 0) {
            throw new IllegalStateException("PostgreSQL did not start on " + dataDirectory + " (see the log above)");
        }
        postmasterPid = pidInLockFile().orElseThrow(() -> new IllegalStateException("PostgreSQL started but wrote no pid"));
    }

    /**
     * The server's own log goes into Placera's log, so it must never contain data values: no statements and no
     * error details (which would quote a duplicate key, say).
     */
    private Map<String, String> serverSettings() {
        Map<String, String> settings = durability.serverSettings();
        settings.put("listen_addresses", LOOPBACK);
        settings.put("unix_socket_directories", "");
        settings.put("password_encryption", "scram-sha-256");
        settings.put("max_connections", "300");
        settings.put("timezone", "UTC");
        settings.put("log_min_messages", "warning");
        settings.put("log_min_error_statement", "panic");
        settings.put("log_error_verbosity", "terse");
        return settings;
    }

    private void restartIfDead() {
        try {
            if (stopping || isOurPostmaster(postmasterPid)) {
                return;
            }
            log.warn("Embedded PostgreSQL (pid {}) has stopped; restarting it", postmasterPid);
            synchronized (this) {
                if (!stopping) {
                    startOnce();
                    log.info("Embedded PostgreSQL restarted on port {}", port);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Embedded PostgreSQL could not be restarted yet ({}); trying again in a second", e.getMessage());
        }
    }

    /**
     * A PostgreSQL still running on this data directory was left by a Placera that was killed: stop it (fast
     * shutdown: its transactions roll back, everything committed stays). A lock file that names another process
     * (the pid was reused) is removed; one that names no process is left to PostgreSQL, which checks it itself.
     */
    private void clearStaleServer() {
        Optional<Long> pid = pidInLockFile();
        if (pid.isEmpty()) {
            return;
        }
        if (isOurPostmaster(pid.get())) {
            log.warn("A PostgreSQL left running by an earlier Placera (pid {}) holds {}; stopping it", pid.get(),
                    dataDirectory);
            run("pg_ctl", List.of("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            if (isOurPostmaster(pid.get())) {
                throw new IllegalStateException("The PostgreSQL with pid " + pid.get() + " on " + dataDirectory
                        + " did not stop");
            }
        } else if (ProcessHandle.of(pid.get()).isPresent()) {
            log.warn("postmaster.pid in {} names pid {}, which is no running PostgreSQL on this"
                    + " directory (it has ended, or the pid now belongs to another program); removing the stale file", dataDirectory, pid.get());
            try {
                Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            log.info("A stale postmaster.pid in {} (pid {} has ended) is left to PostgreSQL to check and replace",
                    dataDirectory, pid.get());
        }
    }

    private Optional<Long> pidInLockFile() {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(lockFile) ? Files.readAllLines(lockFile) : List.of();
            return lines.isEmpty() || !lines.get(0).trim().matches("\\d+") ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A live postgres process started on this data directory (a zombie has no command line, so it is not). */
    private boolean isOurPostmaster(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(process -> process.info().arguments())
                .map(List::of).filter(arguments -> arguments.contains("-D")
                        && arguments.get(arguments.indexOf("-D") + 1).equals(dataDirectory.toString()))
                .isPresent();
    }

    /** Runs a PostgreSQL program; its output (and a started server's log) goes into Placera's log. */
    private static int run(String program, List<String> arguments) {
        try {
            Process process = new ProcessBuilder(PostgresBinaries.command(program, arguments))
                    .redirectErrorStream(true).start();
            Thread logger = new Thread(() -> logLines(process.getInputStream()), "postgres-" + program + "-log");
            logger.setDaemon(true);
            logger.start();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run PostgreSQL's " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running PostgreSQL's " + program, e);
        }
    }

    private static void logLines(InputStream output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> log.info("postgres: {}", line));
        } catch (IOException | UncheckedIOException e) {
            // the server has gone; nothing more to log
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
        }
    }
}

package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartInTheSameDataDirectory() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(dataDirectory.toString(), 2);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties);
                Connection connection = connect(first)) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
        try (EmbeddedDatabase second = EmbeddedDatabase.start(properties);
                Connection connection = connect(second);
                ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void ephemeralModeGivesEachStartAFreshDatabase() throws Exception {
        DatabaseProperties ephemeral = new DatabaseProperties("", 2);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(ephemeral);
                EmbeddedDatabase second = EmbeddedDatabase.start(ephemeral)) {
            assertThat(first.jdbcUrl(EmbeddedDatabase.SUPERUSER)).isNotEqualTo(second.jdbcUrl(EmbeddedDatabase.SUPERUSER));
            try (Connection connection = connect(first)) {
                connection.createStatement().execute("create table only_in_first (id int)");
            }
            try (Connection connection = connect(second);
                    ResultSet rows = connection.createStatement()
                            .executeQuery("select count(*) from pg_tables where tablename = 'only_in_first'")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void serverIsPostgresql17() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new DatabaseProperties("", 2));
                Connection connection = connect(database)) {
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabase.SUPERUSER), EmbeddedDatabase.SUPERUSER, null);
    }
}

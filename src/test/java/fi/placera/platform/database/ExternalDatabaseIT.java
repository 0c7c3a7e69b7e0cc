package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fi.placera.Placera;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Production mode: with PLACERA_DB_URL set, Placera uses that server and starts no PostgreSQL of its own. */
class ExternalDatabaseIT {

    @Test
    void anExternalServerIsMigratedByTheOwnerAndUsedByTheApplicationRole() throws Exception {
        // the library starts its servers without fsync and synchronous commit; the production defaults again:
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("create role ops_owner login");
                sql.execute("create role ops_app login");
                sql.execute("create database production owner ops_owner");
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/production";
            try (ConfigurableApplicationContext placera = new SpringApplicationBuilder(Placera.class)
                    .web(WebApplicationType.NONE)
                    // as an operator would set them: on the command line or in the environment
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=ops_app",
                            "--spring.flyway.user=ops_owner", "--spring.flyway.password=",
                            "--spring.flyway.placeholders.app_role=ops_app", "--placera.audit.seal-interval=1h")) {
                assertThat(placera.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
                assertThat(placera.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(url);
                JdbcClient jdbc = placera.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("ops_app");
                assertThat(jdbc.sql("select count(*) from welfare_area").query(Integer.class).single()).isEqualTo(22);
                assertThat(jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                        .query(String.class).list()).containsExactly("ops_owner");
                assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single())
                        .as("no default accounts without the demo profile").isZero();
            }
        }
    }

    @Test
    void anExternalServerThatCouldLoseAcknowledgedWritesIsRefused() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("create role weak_owner login");
                sql.execute("create database weak owner weak_owner");
            }
            assertThatThrownBy(() -> new SpringApplicationBuilder(Placera.class).web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/weak",
                            "--spring.datasource.username=weak_owner", "--spring.flyway.placeholders.app_role=weak_owner",
                            "--placera.audit.seal-interval=1h").close())
                    .rootCause().hasMessageContaining("Refusing to start").hasMessageContaining("fsync off");
        }
    }
}

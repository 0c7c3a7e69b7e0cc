package fi.placera.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts Placera's own PostgreSQL 17 (binaries from Maven Central) when no external server is
 * configured with {@code PLACERA_DB_URL} / {@code spring.datasource.url}. HikariCP sits on top
 * because the library's own DataSource opens a new connection for every request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabase database, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl(EmbeddedDatabase.APPLICATION));
        config.setUsername(EmbeddedDatabase.APPLICATION);
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("placera");
        return new HikariDataSource(config);
    }

    /** Migrations run as the schema owner; the application itself cannot change the schema. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(EmbeddedDatabase.OWNER),
                EmbeddedDatabase.OWNER, "");
    }
}

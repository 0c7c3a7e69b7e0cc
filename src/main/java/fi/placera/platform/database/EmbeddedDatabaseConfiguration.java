package fi.placera.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(EmbeddedDatabase.SUPERUSER);
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("placera");
        return new HikariDataSource(config);
    }
}

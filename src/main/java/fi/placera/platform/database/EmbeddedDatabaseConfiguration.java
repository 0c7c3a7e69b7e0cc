package fi.placera.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts Placera's own PostgreSQL 17 (binaries from Maven Central) when no external server is
 * configured with {@code PLACERA_DB_URL} / {@code spring.datasource.url}. HikariCP sits on top
 * because a plain DataSource opens a new connection for every request; it takes its timeouts from
 * {@code spring.datasource.hikari.*} like the pool of an external server.
 * <p>
 * The pool depends on the server, so at shutdown Spring closes everything that uses the pool (the web server, the
 * event publication registry, sessions) first, then the pool, and stops the server last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, ObjectProvider<DurabilityWaiver> waiver) {
        return EmbeddedDatabase.start(properties,
                waiver.getIfAvailable() == null ? Durability.PRODUCTION : Durability.THROW_AWAY);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database, DatabaseProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(EmbeddedDatabase.APPLICATION);
        pool.setPassword(database.password(EmbeddedDatabase.APPLICATION));
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setPoolName("placera");
        return pool;
    }

    /**
     * Migrations run as the schema owner; the application itself cannot change the schema. Not a default candidate,
     * so that only Flyway (by its qualifier) uses it: the health check, which probes every candidate data source,
     * once hung here for minutes while the server's port accepted and never answered (a connection without the
     * pool's timeouts). Its connections time out like the pool's anyway.
     */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedDatabase database, Environment environment) {
        SimpleDriverDataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                EmbeddedDatabase.OWNER, database.password(EmbeddedDatabase.OWNER));
        owner.setConnectionProperties(Binder.get(environment)
                .bind("spring.datasource.hikari.data-source-properties", Bindable.of(Properties.class))
                .orElseGet(Properties::new));
        return owner;
    }
}

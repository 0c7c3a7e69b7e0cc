package fi.placera.platform.database;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health asks the application's pool only. Spring Boot would probe every data source, the schema owner's migration
 * data source too (used at start-up only, without the pool's timeouts), and that probe held the health answer for
 * 10 s and more while the server could not be reached (decision 0045). The name replaces Boot's own contributor.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealth {

    @Bean
    DataSourceHealthIndicator dbHealthContributor(DataSource pool) {
        return new DataSourceHealthIndicator(pool);
    }
}

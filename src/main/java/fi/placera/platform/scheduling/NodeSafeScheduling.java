package fi.placera.platform.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run on one node at a time, once per period, whatever the number of nodes: a method
 * annotated {@code @SchedulerLock} takes its row in {@code shedlock} first (ShedLock, decision 0038). Lock times
 * come from the database's clock, so nodes whose clocks differ still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class NodeSafeScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // named, not detected: detection needs the database, which may be down when the first lock is taken
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .usingDbTime()
                .build());
    }
}

package fi.placera.testing;

import fi.placera.platform.database.DurabilityWaiver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The tests' switch for a fast, non-durable embedded server (no fsync, no synchronous commit, no full-page writes,
 * no checksums): the database is thrown away when the JVM exits. It exists on the test class path only and is
 * switched on in application-test.properties, so the packaged application has no such switch (decision 0033).
 */
@Component
@ConditionalOnProperty("placera.test.throw-away-database")
class ThrowAwayDatabase implements DurabilityWaiver {
}

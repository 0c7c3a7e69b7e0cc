package fi.placera.platform.database;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * RE5: Placera refuses to start on a database, embedded or external, that could lose acknowledged writes —
 * {@code fsync}, {@code synchronous_commit} or {@code full_page_writes} off — and says which settings are in force.
 * Data checksums are chosen when a cluster is made (the embedded server's new clusters always have them), so an
 * older cluster without them gets a warning, not a refusal. Only a {@link DurabilityWaiver}, which exists on the test
 * class path alone, lets the tests' throw-away server pass.
 */
@Component
class DurabilityGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilityGuard.class);
    private static final Durability REQUIRED = new Durability(true, true, true, false);

    private final DataSource dataSource;
    private final ObjectProvider<DurabilityWaiver> waiver;

    DurabilityGuard(DataSource dataSource, ObjectProvider<DurabilityWaiver> waiver) {
        this.dataSource = dataSource;
        this.waiver = waiver;
    }

    @Override
    public void afterPropertiesSet() {
        Durability inForce = Durability.of(dataSource);
        DurabilityWaiver waived = waiver.getIfAvailable();
        if (waived != null) {
            log.warn("Database durability: {} (waived for tests by {})", inForce, waived.getClass().getSimpleName());
            return;
        }
        refuseIfWeak(inForce);
        log.info("Database durability: {}", inForce);
        if (!inForce.dataChecksums()) {
            log.warn("The database has no data checksums: a damaged page would be read without notice. Enable them"
                    + " while it is stopped (pg_checksums --enable) or restore into a cluster made with"
                    + " initdb --data-checksums");
        }
    }

    static void refuseIfWeak(Durability inForce) {
        List<String> weak = inForce.weakerThan(REQUIRED);
        if (!weak.isEmpty()) {
            throw new IllegalStateException("Refusing to start: the database runs with " + String.join(", ", weak)
                    + " off, so it can lose saved records in a crash (" + inForce + "). Turn them on in the"
                    + " server's configuration (security checklist RE5, decision 0033)");
        }
    }
}

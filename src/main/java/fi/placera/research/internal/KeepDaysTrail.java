package fi.placera.research.internal;

import fi.placera.audit.AdminChanges;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The research files' keeping days are deployment properties, changed outside the application, so no administrator's
 * change writes them into the audit trail (AZ9). At every start Placera compares them with the last values the trail
 * holds and records those that differ, as changed by the deployment (decision 0046).
 */
@Component
class KeepDaysTrail {

    static final String EXTRACT = "placera.research.keep-days.extract";
    static final String LINKAGE = "placera.research.keep-days.linkage";

    private final Extracts extracts;
    private final AdminChanges changes;

    KeepDaysTrail(Extracts extracts, AdminChanges changes) {
        this.extracts = extracts;
        this.changes = changes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordChangedSettings() {
        record(Map.of(EXTRACT, extracts.keptFor(Extracts.Kind.EXTRACT).toDays(),
                LINKAGE, extracts.keptFor(Extracts.Kind.LINKAGE).toDays()));
    }

    /** Records each of these settings (name → days) whose value differs from the trail's last one. */
    void record(Map<String, Long> days) {
        days.forEach((setting, value) -> changes.deploymentSetting(setting, String.valueOf(value)));
    }
}

package fi.placera.identity.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.identity.CallingSystem;
import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area administrator's register of the systems that call the API for their area (decision 0077): each one's
 * client id at the area's provider, its name in the access log and its read-only scopes. Every change writes one row
 * to the audit trail. A national administrator has no area and so no systems.
 */
@Service
public class IntegrationAdministration {

    private final Integrations integrations;
    private final AdminChanges changes;

    IntegrationAdministration(Integrations integrations, AdminChanges changes) {
        this.integrations = integrations;
        this.changes = changes;
    }

    public List<CallingSystem> systems(Administrator by) {
        return integrations.of(areaOf(by));
    }

    /** Registers a system of the administrator's own area, or changes a registered one's name and scopes. */
    @Transactional
    public void register(Administrator by, CallingSystem system) {
        if (system.areaId() != areaOf(by)) {
            throw new IllegalArgumentException("an administrator registers their own area's systems only");
        }
        Optional<CallingSystem> before = systems(by).stream()
                .filter(registered -> registered.clientId().equals(system.clientId())).findFirst();
        integrations.save(system, by.accountId());
        changes.record(by, AdminChange.of(AdminChanges.INTEGRATION, system.clientId(), system.areaId(),
                before.isEmpty() ? "INTEGRATION_REGISTERED" : "INTEGRATION_CHANGED",
                before.map(IntegrationAdministration::summary).orElse(null), summary(system)));
    }

    /** Removes a system of the administrator's own area; another area's or an unknown one is not found. */
    @Transactional
    public void remove(Administrator by, String clientId) {
        short area = areaOf(by);
        CallingSystem removed = integrations.of(area).stream().filter(system -> system.clientId().equals(clientId))
                .findFirst().orElseThrow(NotFound::new);
        integrations.remove(area, clientId);
        changes.record(by, AdminChange.of(AdminChanges.INTEGRATION, clientId, area, "INTEGRATION_REMOVED",
                summary(removed), null));
    }

    private static short areaOf(Administrator by) {
        if (by.areaId() == null) {
            throw new NotFound();
        }
        return by.areaId();
    }

    /**
     * What the trail shows: the name and what the system reads, each scope {@code placera.<what>.read} as its
     * {@code <what>} (the trail's page must show nothing shaped like a message key).
     */
    private static String summary(CallingSystem system) {
        return "name=" + system.name() + " reads=" + String.join(",", system.scopes().stream().sorted()
                .map(scope -> scope.replaceAll("^placera\\.|\\.read$", "")).toList());
    }
}

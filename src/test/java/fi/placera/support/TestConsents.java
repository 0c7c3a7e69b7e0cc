package fi.placera.support;

import fi.placera.identity.ConsentLookup;
import fi.placera.identity.InformationKind;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Consents for tests until the consent module exists: nothing is shared unless a test grants it. */
@Component
public class TestConsents implements ConsentLookup {

    private final Set<String> granted = ConcurrentHashMap.newKeySet();

    public void grant(UUID clientId, UUID careTeamId, InformationKind kind) {
        granted.add(clientId + "/" + careTeamId + "/" + kind);
    }

    public void withdraw(UUID clientId, UUID careTeamId, InformationKind kind) {
        granted.remove(clientId + "/" + careTeamId + "/" + kind);
    }

    @Override
    public boolean sharesWithCareTeam(UUID clientId, UUID careTeamId, InformationKind kind) {
        return granted.contains(clientId + "/" + careTeamId + "/" + kind);
    }
}

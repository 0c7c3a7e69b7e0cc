package fi.placera.portal.internal;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.clients.ClientDirectory;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Which client the signed-in client is. Every portal page starts here: the client is the one linked to the account,
 * never one named in the request, so a client cannot even ask for another client's pages.
 */
@Service
public class MyAccount {

    private final ClientAccounts accounts;
    private final ClientDirectory clients;
    private final AccessLog accessLog;

    MyAccount(ClientAccounts accounts, ClientDirectory clients, AccessLog accessLog) {
        this.accounts = accounts;
        this.clients = clients;
        this.accessLog = accessLog;
    }

    public Optional<Me> me(PlaceraUser user) {
        return accounts.clientOf(user).flatMap(clients::self)
                .map(client -> new Me(user, client.id(), client.areaId(), client.firstName(), client.coachStaffId()));
    }

    /**
     * Logs a client's attempt at a record of another client (a consent, a request): a DENIED row on the other client's
     * log when the record exists, else on the client's own, so that probing is visible (the page is a 404 either way).
     */
    public void refused(Me me, UUID otherClientId, Short otherAreaId, String kind, String purpose) {
        accessLog.record(AccessRecord.read(me.user().accountId(), me.user().getUsername(), Role.CLIENT.name(), null,
                otherAreaId == null ? me.areaId() : otherAreaId, otherClientId == null ? me.clientId() : otherClientId,
                kind, purpose, AccessAction.VIEW, AccessOutcome.DENIED));
    }
}

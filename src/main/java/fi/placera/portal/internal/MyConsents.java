package fi.placera.portal.internal;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.consent.Consent;
import fi.placera.consent.Consents;
import fi.placera.identity.InformationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's consents and their withdrawal. A withdrawal takes effect at once (the access decision reads the
 * consents on every request) and is kept in {@code client_withdrawal}, so the coach sees on the record that the
 * client withdrew it themselves.
 */
@Service
public class MyConsents {

    /** What became of a withdrawal. */
    public enum Outcome { WITHDRAWN, ALREADY_WITHDRAWN, NOT_FOUND }

    private final Consents consents;
    private final ClientDirectory clients;
    private final MyAccount account;
    private final JdbcClient jdbc;
    private final Clock clock;

    MyConsents(Consents consents, ClientDirectory clients, MyAccount account, JdbcClient jdbc, Clock clock) {
        this.consents = consents;
        this.clients = clients;
        this.account = account;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Consent> of(Me me) {
        return consents.consentsOf(me.clientId());
    }

    /**
     * Withdraws one of the client's own consents. Another client's consent (or none) is NOT_FOUND, and the attempt
     * is logged; one already withdrawn (by the coach at the same moment, say) is ALREADY_WITHDRAWN, nothing lost.
     */
    @Transactional
    public Outcome withdraw(Me me, UUID consentId) {
        Optional<Consent> consent = consentId == null ? Optional.empty() : consents.consent(consentId);
        if (consent.isEmpty() || !consent.get().clientId().equals(me.clientId())) {
            UUID other = consent.map(Consent::clientId).orElse(null);
            Short otherArea = other == null ? null : clients.self(other).map(ClientSummary::areaId).orElse(null);
            account.refused(me, other, otherArea, InformationKind.SERVICE_RECORD.name(), "client portal: withdraw a consent");
            return Outcome.NOT_FOUND;
        }
        if (!consents.withdraw(me.clientId(), consentId)) {
            return Outcome.ALREADY_WITHDRAWN;
        }
        jdbc.sql("""
                        insert into client_withdrawal (id, client_id, area_id, consent_id, withdrawn_at, account_id)
                        values (:id, :client, :area, :consent, :at, :account)""")
                .param("id", UUID.randomUUID()).param("client", me.clientId()).param("area", me.areaId())
                .param("consent", consentId).param("at", Timestamp.from(clock.instant()))
                .param("account", me.user().accountId())
                .update();
        return Outcome.WITHDRAWN;
    }
}

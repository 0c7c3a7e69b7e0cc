package fi.placera.portal.internal;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientContacts;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.AccessDecisions;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.notifications.Notifications;
import fi.placera.platform.Rejection;
import fi.placera.portal.RightsRequest;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.RightsRequestState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an erasure request (GDPR art. 17): in one transaction, removes the client's rows from every table whose
 * {@link ErasureRules rule} says erase, closes the client's account, logs the erasure in the access log (action
 * ERASE) and completes the request with the list of what was erased and what was kept with its ground, in the
 * client's language. Refused while the client is still served (the records are needed for the service) and while
 * a table with client data has no rule.
 */
@Service
public class Erasure {

    private final JdbcClient jdbc;
    private final ClientDataExport export;
    private final RightsRequests requests;
    private final ClientDirectory clients;
    private final ClientAccounts accounts;
    private final AccessDecisions access;
    private final MessageSource messages;
    private final ClientContacts contacts;
    private final Notifications notifications;

    Erasure(JdbcClient jdbc, ClientDataExport export, RightsRequests requests, ClientDirectory clients,
            ClientAccounts accounts, AccessDecisions access, MessageSource messages, ClientContacts contacts,
            Notifications notifications) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.export = export;
        this.requests = requests;
        this.clients = clients;
        this.accounts = accounts;
        this.access = access;
        this.messages = messages;
    }

    /** What an erasure did: rows removed per erased table (zero included), and the kept tables. */
    public record Result(Map<String, Integer> erased, List<String> kept, RightsRequest request) {
    }

    /** The tables with client data (as the export finds them) that have no erasure rule; empty when all are covered. */
    public List<String> tablesWithoutRule() {
        TreeSet<String> tables = export.sources().stream().map(ClientDataExport.Source::table)
                .collect(Collectors.toCollection(TreeSet::new));
        tables.addAll(ClientDataExport.EXCLUDED.keySet());
        tables.removeAll(ErasureRules.RULES.keySet());
        return List.copyOf(tables);
    }

    /**
     * Erases what may be erased of the request's client. The caller has opened the request (its area, the client
     * visible to the user); {@code version} is the request's version the user saw.
     */
    @Transactional
    public Result carryOut(PlaceraUser user, RightsRequest request, ClientSummary client, int version) {
        if (request.kind() != RightsRequestKind.ERASURE || !request.state().open()) {
            throw new Rejection(null, "rights.erasure.not-open");
        }
        if (request.version() != version) {
            throw new Rejection(null, "form.conflict");
        }
        if (clients.inService(client.id())) {
            throw new Rejection(null, "rights.erasure.in-service");
        }
        List<String> missing = tablesWithoutRule();
        if (!missing.isEmpty()) {
            throw new Rejection(null, "rights.erasure.rules-missing", String.join(", ", missing));
        }
        ClientScope scope = new ClientScope(client.id(), client.areaId(), client.coachStaffId(), client.ipsTeamId());
        if (!access.decide(user, scope, InformationKind.SERVICE_RECORD, "erasure of the client's data (GDPR art. 17)",
                AccessAction.ERASE).granted()) {
            throw new Rejection(null, "rights.not-found");
        }
        accounts.close(client.id());
        // the messages to the client's contact details go with the details
        contacts.ofClient(client.id()).ifPresent(details -> Stream.of(details.email(), details.phone())
                .filter(Objects::nonNull).forEach(notifications::forget));
        List<ClientDataExport.Source> sources = export.sources();
        Map<String, Integer> erased = new LinkedHashMap<>();
        // rows hanging from another erased table first (answers before their response), then the direct ones
        for (boolean direct : new boolean[] {false, true}) {
            for (ClientDataExport.Source source : sources) {
                if (source.direct() == direct && ErasureRules.RULES.get(source.table()).erase()) {
                    erased.put(source.table(), delete(source, client.id()));
                }
            }
        }
        List<String> kept = ErasureRules.RULES.entrySet().stream().filter(entry -> !entry.getValue().erase())
                .map(Map.Entry::getKey).sorted().toList();
        Locale locale = Locale.forLanguageTag(clients.preferredLanguage(client.id()).orElse("fi"));
        RightsRequest done = requests.move(user, request.id(), version, RightsRequestState.COMPLETED,
                note(erased, locale));
        return new Result(erased, kept, done);
    }

    private int delete(ClientDataExport.Source source, UUID clientId) {
        String sql;
        if (source.direct()) {
            // sql-reviewed: table and column names come from the database's own catalogue and the fixed rule list, quoted
            sql = "delete from " + quoted(source.table()) + " where " + quoted(source.column()) + " = :client";
        } else {
            // sql-reviewed: table and column names come from the database's own catalogue and the fixed rule list, quoted
            sql = "delete from " + quoted(source.table()) + " t using " + quoted(source.parentTable()) + " p where t."
                    + quoted(source.column()) + " = p." + quoted(source.parentColumn()) + " and p.client_id = :client";
        }
        return jdbc.sql(sql).param("client", clientId).update();
    }

    /** The resolution the client reads: what was erased and what is kept, each with its ground. */
    private String note(Map<String, Integer> erased, Locale locale) {
        StringBuilder text = new StringBuilder(messages.getMessage("rights.erasure.done", null, locale));
        for (ErasureRules.Group group : ErasureRules.erased()) {
            int rows = group.tables().stream().mapToInt(table -> erased.getOrDefault(table, 0)).sum();
            text.append("\n- ").append(messages.getMessage(group.what(), null, locale)).append(" (")
                    .append(messages.getMessage("rights.erasure.rows", new Object[] {rows}, locale)).append(')');
        }
        text.append('\n').append(messages.getMessage("rights.erasure.kept", null, locale));
        for (ErasureRules.Group group : ErasureRules.retained()) {
            text.append("\n- ").append(messages.getMessage(group.what(), null, locale)).append(": ")
                    .append(messages.getMessage(group.ground(), null, locale));
        }
        return text.length() > RightsRequest.MAX_TEXT ? text.substring(0, RightsRequest.MAX_TEXT) : text.toString();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

package fi.placera.evaluation.internal;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.UrgentTasks;
import fi.placera.evaluation.SafetyAlerts;
import fi.placera.evaluation.SafetyAlerts.Alert;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open safety alerts at the top of the week of the client's coach and of the team's leader, until someone records
 * what was done. Only the team's own members see them; the clients named are decided and logged together.
 */
@Component
class SafetyTasks implements UrgentTasks {

    private static final String PURPOSE = "safety alert";

    private final SafetyAlerts alerts;
    private final TeamAccess teams;
    private final ClientDirectory clients;
    private final JdbcClient jdbc;

    SafetyTasks(SafetyAlerts alerts, TeamAccess teams, ClientDirectory clients, JdbcClient jdbc) {
        this.alerts = alerts;
        this.teams = teams;
        this.clients = clients;
        this.jdbc = jdbc;
    }

    @Override
    public List<Urgent> openFor(PlaceraUser user) {
        List<Alert> open = alerts.openIn(teams.ownTeamIds(user));
        if (!user.has(Role.TEAM_LEADER)) {
            Set<UUID> own = coachedBy(user.staffMemberId(), open);
            open = open.stream().filter(alert -> own.contains(alert.clientId())).toList();
        }
        if (open.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = clients.namesOf(user, open.stream().map(Alert::clientId).toList(), PURPOSE);
        return open.stream().filter(alert -> names.containsKey(alert.clientId()))
                .map(alert -> new Urgent(alert.raisedOn(), "week.urgent.safety", alert.clientId(),
                        names.get(alert.clientId()),
                        "/clients/" + alert.clientId() + "/evaluation/alerts/" + alert.id()))
                .toList();
    }

    /** Which of the alerts' clients the staff member is the coach of (the clients' published facts, as ClientFacts). */
    private Set<UUID> coachedBy(UUID staffMemberId, List<Alert> open) {
        if (staffMemberId == null || open.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select client_id from clients_facts_client where client_id = any (:ids) and coach_staff_id = :staff")
                .param("ids", open.stream().map(Alert::clientId).distinct().toArray(UUID[]::new))
                .param("staff", staffMemberId).query(UUID.class).list().stream().collect(Collectors.toSet());
    }
}

package fi.placera.evaluation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the schedule needs to know of clients: their team, language and enrolment (the cooperation agreement),
 * read with one read-only statement over the clients module's and consent module's tables, as reporting does.
 * Callers have decided the user's access to the clients already.
 */
@Component
public class ClientFacts {

    private final JdbcClient jdbc;

    ClientFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Facts(UUID clientId, UUID ipsTeamId, String language, LocalDate enrolledOn) {
    }

    public Optional<Facts> of(UUID clientId) {
        return of(List.of(clientId)).stream().findFirst();
    }

    public List<Facts> of(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.client_id, c.ips_team_id, l.preferred_language, a.enrolled_on
                        from clients_facts_client c
                        join clients_facts_preferred_language l on l.client_id = c.client_id
                        left join consent_facts_enrolment a on a.client_id = c.client_id
                        where c.client_id = any (:ids)""")
                .param("ids", clientIds.toArray(UUID[]::new))
                .query((rs, row) -> new Facts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }
}

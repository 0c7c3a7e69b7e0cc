package fi.placera.imports.internal;

import fi.placera.platform.persistence.BatchColumns;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tracker's client_ref of each imported client, the client's external key in the team. */
@Repository
class ClientRefs {

    private final JdbcClient jdbc;

    ClientRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's imported clients by their tracker reference. */
    Map<String, UUID> of(UUID ipsTeamId) {
        return jdbc.sql("select client_ref, client_id from client_external_ref where ips_team_id = ?")
                .param(ipsTeamId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The tracker references of newly imported clients, in one statement. */
    void addAll(UUID ipsTeamId, short areaId, List<String> clientRefs, List<UUID> clientIds) {
        jdbc.sql("""
                        insert into client_external_ref (ips_team_id, client_ref, client_id, area_id)
                        select ?, client_ref, client_id, ? from unnest(?::text[], ?::uuid[]) as ref (client_ref, client_id)""")
                .params(ipsTeamId, areaId, BatchColumns.of(clientRefs, ref -> ref), BatchColumns.of(clientIds, id -> id))
                .update();
    }
}

package fi.placera.portal.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.ProcessingRestrictions;
import fi.placera.identity.Role;
import fi.placera.platform.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Restrictions of processing in {@code client_restriction}: imposed on a client's restriction request, lifted when
 * the reason is gone. While one is in force only the designated role reads the record (see {@link
 * fi.placera.identity.AccessDecisions}); at most one is in force per client.
 */
@Service
public class Restrictions implements ProcessingRestrictions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PortalProperties properties;

    Restrictions(JdbcClient jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The role a restricted record of the area stays visible to (besides the team leaders, who handle the area's
     * rights requests and so can always lift the restriction): {@link PortalProperties#designatedRoleIn}, team leaders
     * unless the area chose coaches. Their usual relationship to the client is still needed. A restriction keeps the
     * role it was imposed with.
     */
    public Role designatedIn(short areaId) {
        return properties.designatedRoleIn(areaId);
    }

    @Override
    public Map<UUID, Role> restrictedAmong(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Role> restricted = new HashMap<>();
        jdbc.sql("select client_id, allowed_role from client_restriction where client_id in (:clients) and lifted_at is null")
                .param("clients", clientIds)
                .query(rs -> { restricted.put(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2))); });
        return restricted;
    }

    public void impose(PlaceraUser user, UUID clientId, short areaId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Rejection("note", "rights.restriction.reason");
        }
        try {
            jdbc.sql("""
                            insert into client_restriction (id, client_id, area_id, allowed_role, reason, imposed_at, imposed_by)
                            values (:id, :client, :area, :role, :reason, :at, :by)""")
                    .param("id", UUID.randomUUID()).param("client", clientId).param("area", areaId)
                    .param("role", designatedIn(areaId).name()).param("reason", reason.strip())
                    .param("at", Timestamp.from(clock.instant())).param("by", user.accountId())
                    .update();
        } catch (DuplicateKeyException alreadyRestricted) {
            throw new Rejection(null, "rights.restriction.exists");
        }
    }

    /** Lifts the restriction in force; returns whether there was one. */
    public boolean lift(PlaceraUser user, UUID clientId) {
        return jdbc.sql("""
                        update client_restriction set lifted_at = :at, lifted_by = :by
                        where client_id = :client and lifted_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", user.accountId()).param("client", clientId)
                .update() == 1;
    }
}

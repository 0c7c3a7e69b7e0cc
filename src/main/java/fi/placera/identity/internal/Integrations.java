package fi.placera.identity.internal;

import fi.placera.identity.CallingSystem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The systems the areas' administrators registered ({@code area_integration}, decision 0077) and the issuers whose
 * tokens Placera accepts: those of the areas' providers ({@code area_sign_in_provider}).
 */
@Repository
public class Integrations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Integrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The systems the area's administrator registered, by name. */
    public List<CallingSystem> of(short areaId) {
        return jdbc.sql("""
                        select area_id, oidc_client_id, name, scopes from area_integration where area_id = ?
                        order by name, oidc_client_id""").param(areaId).query(Integrations::system).list();
    }

    /** Registers the system, or changes its name and scopes when its client id is registered already. */
    public void save(CallingSystem system, UUID registeredBy) {
        jdbc.sql("""
                        insert into area_integration (area_id, oidc_client_id, name, scopes, registered_by, registered_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (area_id, oidc_client_id) do update set name = excluded.name,
                            scopes = excluded.scopes, registered_by = excluded.registered_by,
                            registered_at = excluded.registered_at""")
                .params(system.areaId(), system.clientId(), system.name(), String.join(" ", system.scopes().stream()
                        .sorted().toList()), registeredBy, OffsetDateTime.now(clock)).update();
    }

    /** Removes the area's system; false when the area has none of that client id. */
    public boolean remove(short areaId, String clientId) {
        return jdbc.sql("delete from area_integration where area_id = ? and oidc_client_id = ?")
                .params(areaId, clientId).update() == 1;
    }

    /** Whether the issuer is an area's provider; every other issuer's token is refused before it is read. */
    public boolean trusted(String issuer) {
        return jdbc.sql("select exists (select 1 from area_sign_in_provider where issuer = ?)").param(issuer)
                .query(Boolean.class).single();
    }

    /**
     * The registered systems of the areas whose provider is the issuer with this client id: more than one (areas
     * sharing a provider and a client id) names no system.
     */
    public List<CallingSystem> registered(String issuer, String clientId) {
        return jdbc.sql("""
                        select i.area_id, i.oidc_client_id, i.name, i.scopes from area_integration i
                        join area_sign_in_provider p on p.area_id = i.area_id
                        where p.issuer = ? and i.oidc_client_id = ?""")
                .params(issuer, clientId)
                .query(Integrations::system).list();
    }

    private static CallingSystem system(ResultSet rs, int row) throws SQLException {
        return new CallingSystem(rs.getShort(1), rs.getString(2), rs.getString(3),
                Set.copyOf(Arrays.asList(rs.getString(4).split(" "))));
    }
}

package fi.placera.identity.internal;

import fi.placera.identity.CallingSystem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The systems the areas' administrators registered ({@code area_integration}, decision 0077) and the issuers whose
 * tokens Placera accepts: those of the areas' providers ({@code area_sign_in_provider}).
 */
@Repository
public class Integrations {

    private final JdbcClient jdbc;

    Integrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query((rs, row) -> new CallingSystem(rs.getShort(1), rs.getString(2), rs.getString(3),
                        Set.copyOf(Arrays.asList(rs.getString(4).split(" ")))))
                .list();
    }
}

package fi.placera.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The providers of clients' strong identification (decision 0077): the national one from the application settings
 * ({@code placera.client-sign-in.*}; none when no issuer is set) and the areas' own ({@code area_client_sign_in_provider}).
 */
@Repository
public class ClientSignInProviders {

    private final JdbcClient jdbc;
    private final Optional<ClientSignInProvider> national;

    ClientSignInProviders(JdbcClient jdbc, @Value("${placera.client-sign-in.issuer:}") String issuer,
            @Value("${placera.client-sign-in.client-id:}") String clientId,
            @Value("${placera.client-sign-in.client-secret:}") String secretRef,
            @Value("${placera.client-sign-in.identity-code-claim:personal_identity_code}") String claim) {
        this.jdbc = jdbc;
        this.national = issuer.isBlank() ? Optional.empty()
                : Optional.of(new ClientSignInProvider(null, issuer, clientId, secretRef, claim, 0));
    }

    /** The provider of the registration id, if it is configured. */
    public Optional<ClientSignInProvider> of(String registrationId) {
        if (ClientSignInProvider.NATIONAL.equals(registrationId)) {
            return national;
        }
        return ClientSignInProvider.areaOf(registrationId).flatMap(this::ofArea);
    }

    /** Every configured provider, the national one first, for the login page's buttons. */
    public List<ClientSignInProvider> all() {
        List<ClientSignInProvider> all = new ArrayList<>();
        national.ifPresent(all::add);
        all.addAll(jdbc.sql("""
                        select area_id, issuer, oidc_client_id, client_secret_ref, identity_code_claim, version
                        from area_client_sign_in_provider order by area_id""")
                .query(ClientSignInProviders::provider).list());
        return all;
    }

    /** The area's own provider. */
    public Optional<ClientSignInProvider> ofArea(short areaId) {
        return jdbc.sql("""
                        select area_id, issuer, oidc_client_id, client_secret_ref, identity_code_claim, version
                        from area_client_sign_in_provider where area_id = ?""").param(areaId)
                .query(ClientSignInProviders::provider).optional();
    }

    /** Saves the area's provider if it is still at the version the form loaded (0 for a new one). */
    public boolean save(ClientSignInProvider provider) {
        return jdbc.sql("""
                        insert into area_client_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref,
                                                                  identity_code_claim, version)
                        values (:area, :issuer, :client, :secret, :claim, 0)
                        on conflict (area_id) do update set issuer = excluded.issuer,
                            oidc_client_id = excluded.oidc_client_id, client_secret_ref = excluded.client_secret_ref,
                            identity_code_claim = excluded.identity_code_claim,
                            version = area_client_sign_in_provider.version + 1
                        where area_client_sign_in_provider.version = :version""")
                .param("area", provider.areaId()).param("issuer", provider.issuer())
                .param("client", provider.clientId()).param("secret", provider.clientSecretRef())
                .param("claim", provider.identityCodeClaim()).param("version", provider.version())
                .update() == 1;
    }

    private static ClientSignInProvider provider(ResultSet rs, int row) throws SQLException {
        return new ClientSignInProvider(rs.getShort(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6));
    }
}

package fi.placera.identity.internal;

import fi.placera.identity.PlaceraUser;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a client signed in through strong electronic identification is (decision 0077). Spring Security has verified the
 * ID token (signature, issuer, audience, expiry, nonce) and the state before this runs. The personal identity code of
 * the configured claim is compared exactly, as the provider wrote it, with the clients of the provider's area (of every
 * area for the national provider): identification alone never opens anything, the client must have an account (an
 * accepted invitation) or a cooperation agreement in force, and exactly one such client must match.
 */
@Component
public class ClientIdentification implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService verified = new OidcUserService();
    private final ClientSignInProviders providers;
    private final JdbcClientAccounts clientAccounts;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final SecurityEvents events;

    ClientIdentification(ClientSignInProviders providers, JdbcClientAccounts clientAccounts,
            AccountRepository accounts, JdbcClient jdbc, SecurityEvents events) {
        this.providers = providers;
        this.clientAccounts = clientAccounts;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether the sign-in is a client's (else a staff member's, decision 0071). */
    public static boolean handles(OidcUserRequest request) {
        return ClientSignInProvider.isClients(request.getClientRegistration().getRegistrationId());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = verified.loadUser(request);
        ClientSignInProvider provider = providers.of(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> refused(null, "no_provider"));
        Object code = oidcUser.getIdToken().getClaims().get(provider.identityCodeClaim());
        List<Identified> clients = code instanceof String text ? clientsWith(text, provider.areaId()) : List.of();
        if (clients.size() != 1) {
            // none, or one code in several areas through the national provider: Placera does not choose
            throw refused(provider.areaId(), "not_a_client");
        }
        Identified client = clients.get(0);
        PlaceraUser user = accounts.findById(clientAccounts.identifiedAccount(client.clientId(), client.areaId(),
                        displayName(oidcUser)))
                .flatMap(account -> accounts.findByUsername(account.username()))
                .orElseThrow(() -> refused(provider.areaId(), "not_a_client"));
        if (!user.isEnabled()) {
            throw refused(provider.areaId(), "account_disabled");
        }
        return new IdentifiedClient(oidcUser, user.getUsername(), oidcUser.getIdToken().getClaimAsString("acr"));
    }

    /**
     * The clients of the area (of any area when none is given) whose identity code is exactly this one and who have an
     * account (an accepted invitation) or a cooperation agreement in force (enrolled, the service not ended).
     */
    private List<Identified> clientsWith(String code, Short areaId) {
        return jdbc.sql("""
                        select c.client_id, c.area_id from clients_facts_identity_code i
                        join clients_facts_client c on c.client_id = i.client_id
                        where i.identity_code = :code and (cast(:area as smallint) is null or c.area_id = :area)
                          and (exists (select 1 from client_account a where a.client_id = c.client_id)
                               or exists (select 1 from clients_facts_episode e
                                          where e.client_id = c.client_id and e.exit_on is null))""")
                .param("code", code).param("area", areaId)
                .query((rs, row) -> new Identified(rs.getObject(1, UUID.class), rs.getShort(2))).list();
    }

    private static String displayName(OidcUser oidcUser) {
        String given = oidcUser.getIdToken().getClaimAsString("given_name");
        return given == null || given.isBlank() ? "-" : given;
    }

    private OAuth2AuthenticationException refused(Short areaId, String reason) {
        events.clientSignInRefused(areaId, reason);
        return new OAuth2AuthenticationException(new OAuth2Error("placera_" + reason));
    }

    private record Identified(UUID clientId, short areaId) {
    }

    /** The provider's verified person, the client account they are and the level of assurance the provider gave. */
    public static final class IdentifiedClient extends DefaultOidcUser {

        private final String username;
        private final String assurance;

        IdentifiedClient(OidcUser verified, String username, String assurance) {
            super(List.of(new SimpleGrantedAuthority(ProviderSignIn.PROVIDER_VERIFIED)), verified.getIdToken(),
                    verified.getUserInfo());
            this.username = username;
            this.assurance = assurance;
        }

        public String username() {
            return username;
        }

        /** The {@code acr} claim of the ID token; null when the provider sent none. */
        public String assurance() {
            return assurance;
        }
    }
}

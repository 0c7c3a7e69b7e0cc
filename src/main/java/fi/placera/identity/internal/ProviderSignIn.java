package fi.placera.identity.internal;

import fi.placera.identity.PlaceraUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * Who a person signed in through an area's provider is in Placera (decision 0071). Spring Security has verified the
 * ID token (signature, issuer, audience, expiry, nonce) and the state before this runs. The provider's subject is
 * linked to an account of that area at the first sign-in, only when the configured claim names exactly one account;
 * a disabled account is refused; without multi-factor proof the sign-in is refused or owes Placera's own second
 * factor, as the area chose. Roles never come from the provider: the user returned here holds only
 * {@value #PROVIDER_VERIFIED}, and the login's success step grants the account's roles from Placera.
 */
@Component
public class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The only authority of the provider's user until Placera has decided whose account it is. */
    public static final String PROVIDER_VERIFIED = "PROVIDER_VERIFIED";
    private final OidcUserService verified = new OidcUserService();
    private final AreaClientRegistrations registrations;
    private final SignInProviders providers;
    private final AccountRepository accounts;
    private final SecurityEvents events;

    ProviderSignIn(AreaClientRegistrations registrations, SignInProviders providers, AccountRepository accounts,
            SecurityEvents events) {
        this.registrations = registrations;
        this.providers = providers;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Decides everything before anything is written: the link is made only for a sign-in that succeeds. Not one
     * transaction, because the provider's user-info call happens here and a database connection must not wait on it.
     */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = verified.loadUser(request);
        SignInProvider provider = registrations.provider(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> refused(null, "no_provider", null));
        String issuer = String.valueOf(oidcUser.getIdToken().getIssuer());
        Optional<UUID> linked = providers.linkedAccount(issuer, oidcUser.getSubject());
        PlaceraUser user = accountOf(linked.orElseGet(() -> namedByClaim(provider, oidcUser)), provider);
        if (!user.isEnabled()) {
            throw refused(provider, "account_disabled", user.accountId());
        }
        boolean mfa = provider.provesMfa(oidcUser.getClaims());
        if (!mfa && provider.withoutMfa() == SignInProvider.WithoutMfa.REFUSE) {
            throw refused(provider, "no_mfa", user.accountId());
        }
        if (linked.isEmpty()) {
            link(provider, issuer, oidcUser.getSubject(), user.accountId());
        }
        return new ProviderUser(oidcUser, user.getUsername(), mfa);
    }

    /** The account, which must still be of the provider's area (an account may move after it was linked). */
    private PlaceraUser accountOf(UUID accountId, SignInProvider provider) {
        PlaceraUser user = accounts.findById(accountId).flatMap(account -> accounts.findByUsername(account.username()))
                .orElseThrow(() -> refused(provider, "unlinked", null));
        if (user.areaId() == null || user.areaId() != provider.areaId()) {
            throw refused(provider, "other_area", user.accountId());
        }
        return user;
    }

    /** The one account of the area the link claim names; none or several is a refusal. */
    private UUID namedByClaim(SignInProvider provider, OidcUser oidcUser) {
        Object claim = oidcUser.getClaims().get(provider.linkClaim());
        List<UUID> named = claim instanceof String value && !value.isBlank()
                ? providers.accountsNamed(provider.areaId(), provider.linkTo(), value) : List.of();
        if (named.isEmpty()) {
            throw refused(provider, "unlinked", null);
        }
        if (named.size() > 1) {
            throw refused(provider, "ambiguous", null);
        }
        return named.get(0);
    }

    private void link(SignInProvider provider, String issuer, String subject, UUID accountId) {
        if (!providers.link(issuer, subject, accountId)) {
            // the account is linked to another subject already: a second person at the provider claims it
            throw refused(provider, "linked_to_another", accountId);
        }
        events.providerSubjectLinked(provider.areaId(), accountId);
    }

    private OAuth2AuthenticationException refused(SignInProvider provider, String reason, UUID accountId) {
        if (provider != null) {
            events.providerSignInRefused(provider.areaId(), reason, accountId);
        }
        return new OAuth2AuthenticationException(new OAuth2Error("placera_" + reason));
    }

    /** The provider's verified user, with the Placera account it is and whether the provider proved MFA. */
    public static final class ProviderUser extends DefaultOidcUser {

        private final String username;
        private final boolean mfaProven;

        ProviderUser(OidcUser verified, String username, boolean mfaProven) {
            super(List.of(new SimpleGrantedAuthority(PROVIDER_VERIFIED)), verified.getIdToken(), verified.getUserInfo());
            this.username = username;
            this.mfaProven = mfaProven;
        }

        public String username() {
            return username;
        }

        public boolean mfaProven() {
            return mfaProven;
        }
    }
}
